import type { CountingTransaction, GraphExecutor } from '../db/executor.js';
import { badUserInput, conflict } from '../common/errors.js';
import {
  addLink,
  createNode,
  deleteNode,
  link,
  removeLink,
  requireNode,
  setLink,
  updateNode,
  type NodeWrites,
} from '../common/mutations.js';
import type { NodeRow } from '../common/queries.js';
import { labelOfIdAmong, type PropertyValues } from '../common/validation.js';

// Writes to owners (people and teams), their team memberships, and who owns what.

/** A person who belongs to teams cannot become a team, nor a team with members a person. */
async function checkKindChange(tx: CountingTransaction, id: string | null, _owner: PropertyValues, changed: PropertyValues): Promise<void> {
  if (id === null || changed.kind === undefined) return;
  const rows = await tx.run(
    `MATCH (o:Owner {id: $id})
     RETURN o.kind AS kind, COUNT { (o)-[:MEMBER_OF]->(:Owner) } AS teams, COUNT { (o)<-[:MEMBER_OF]-(:Owner) } AS members`,
    { id },
  );
  const { kind, teams, members } = rows[0] as { kind: string; teams: number; members: number };
  if (kind === changed.kind) return;
  if (teams > 0 || members > 0) {
    throw conflict(
      `${id} ${teams > 0 ? `is a member of ${teams} team(s)` : `has ${members} member(s)`}; remove those memberships before changing its kind.`,
      'input.kind',
    );
  }
}

const OWNER_WRITES: NodeWrites = {
  label: 'Owner',
  idFrom: 'name',
  dependents: [
    { type: 'OWNS', direction: 'out', other: 'AISystem', what: 'AI systems it owns' },
    { type: 'OWNS', direction: 'out', other: 'Control', what: 'controls it owns' },
    { type: 'OWNS', direction: 'out', other: 'Evidence', what: 'evidence it owns' },
    { type: 'MEMBER_OF', direction: 'in', other: 'Owner', what: 'members of the team' },
  ],
  checkInGraph: checkKindChange,
};

export const createOwner = (db: GraphExecutor, input: PropertyValues) => createNode(db, OWNER_WRITES, input);
export const updateOwner = (db: GraphExecutor, id: string, input: PropertyValues) => updateNode(db, OWNER_WRITES, id, input);
export const deleteOwner = (db: GraphExecutor, id: string, force: boolean) => deleteNode(db, OWNER_WRITES, id, force);

const OWNED_LABELS = ['AISystem', 'Control', 'Evidence'] as const;

/** Makes `ownerId` the one owner of an AI system, control or evidence item; null leaves it without. */
export function setOwner(db: GraphExecutor, nodeId: string, ownerId: string | null | undefined): Promise<NodeRow> {
  const label = labelOfIdAmong(nodeId, OWNED_LABELS, 'nodeId');
  return setLink(db, link(label, 'OWNS', 'in', 'Owner'), { id: nodeId, field: 'nodeId' }, { id: ownerId, field: 'ownerId' });
}

const MEMBERSHIP = link('Owner', 'MEMBER_OF', 'out', 'Owner');

async function checkedMembership(
  db: GraphExecutor,
  personId: string,
  teamId: string,
  work: (tx: CountingTransaction) => Promise<NodeRow>,
): Promise<NodeRow> {
  labelOfIdAmong(personId, ['Owner'], 'personId');
  labelOfIdAmong(teamId, ['Owner'], 'teamId');
  return db.write(async (tx) => {
    const person = await requireNode(tx, 'Owner', personId, 'personId');
    const team = await requireNode(tx, 'Owner', teamId, 'teamId');
    if (person.kind !== 'PERSON') throw badUserInput(`${personId} is a ${String(person.kind).toLowerCase()}, not a person.`, 'personId');
    if (team.kind !== 'TEAM') throw badUserInput(`${teamId} is a ${String(team.kind).toLowerCase()}, not a team.`, 'teamId');
    return work(tx);
  });
}

/** The person becomes a member of the team; returns the person. */
export const addTeamMember = (db: GraphExecutor, personId: string, teamId: string) =>
  checkedMembership(db, personId, teamId, (tx) => addLink(tx, MEMBERSHIP, personId, teamId));

/** The person leaves the team; returns the person. */
export const removeTeamMember = (db: GraphExecutor, personId: string, teamId: string) =>
  checkedMembership(db, personId, teamId, async (tx) => (await removeLink(tx, MEMBERSHIP, personId, teamId)).node);
