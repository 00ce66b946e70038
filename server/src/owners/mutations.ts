import type { CountingTransaction, GraphExecutor } from '../db/executor.js';
import { badUserInput, conflict } from '../common/errors.js';
import { addLink, link, nodeWrites, removeLink, setLink, withLinkEnds } from '../common/mutations.js';
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

export const OWNER_WRITES = nodeWrites('Owner', 'name', { checkInGraph: checkKindChange }, [
  ['out', 'OWNS', 'AISystem', 'AI systems it owns'],
  ['out', 'OWNS', 'Control', 'controls it owns'],
  ['out', 'OWNS', 'Evidence', 'evidence it owns'],
  ['in', 'MEMBER_OF', 'Owner', 'members of the team'],
]);

const OWNED_LABELS = ['AISystem', 'Control', 'Evidence'] as const;

/** Makes `ownerId` the one owner of an AI system, control or evidence item; null leaves it without. */
export function setOwner(db: GraphExecutor, nodeId: string, ownerId: string | null | undefined): Promise<NodeRow> {
  const label = labelOfIdAmong(nodeId, OWNED_LABELS, 'nodeId');
  return setLink(db, link(label, 'OWNS', 'in', 'Owner'), { id: nodeId, field: 'nodeId' }, { id: ownerId, field: 'ownerId' });
}

const MEMBERSHIP = link('Owner', 'MEMBER_OF', 'out', 'Owner');

/** Only a person joins, and only a team is joined. */
function checkKinds(person: NodeRow, team: NodeRow | null): void {
  if (person.kind !== 'PERSON') throw badUserInput(`${person.id} is a ${String(person.kind).toLowerCase()}, not a person.`, 'personId');
  if (team && team.kind !== 'TEAM') throw badUserInput(`${team.id} is a ${String(team.kind).toLowerCase()}, not a team.`, 'teamId');
}

/** Both ends checked, then `work` in the same transaction. */
const onMembership = <T>(db: GraphExecutor, personId: string, teamId: string, work: (tx: CountingTransaction) => Promise<T>) =>
  withLinkEnds(db, MEMBERSHIP, { id: personId, field: 'personId' }, { id: teamId, field: 'teamId' }, work, checkKinds);

/** The person becomes a member of the team; returns the person. */
export const addTeamMember = (db: GraphExecutor, personId: string, teamId: string) =>
  onMembership(db, personId, teamId, (tx) => addLink(tx, MEMBERSHIP, personId, teamId));

/** The person leaves the team; returns the person. */
export const removeTeamMember = (db: GraphExecutor, personId: string, teamId: string) =>
  onMembership(db, personId, teamId, async (tx) => (await removeLink(tx, MEMBERSHIP, personId, teamId)).node);
