import neo4j from 'neo4j-driver';
import type { GraphExecutor } from '../db/executor.js';
import { badUserInput } from '../common/errors.js';
import { link, nodeWrites, removeLink, requireNode, withLinkEnds } from '../common/mutations.js';
import type { EdgeRow } from '../common/queries.js';
import { MAX_RATIONALE_LENGTH, checkStrength, labelOfIdAmong, requiredText } from '../common/validation.js';
import { RELATIONSHIPS } from '../graph/model.js';

// Writes to controls and to their SATISFIES links to provisions and obligations.

export const CONTROL_WRITES = nodeWrites(
  'Control',
  'code',
  {
    // control:<code>, the code as it is (GOV-01): codes are already id characters.
    slug: false,
    // Case-insensitive through codeKey, the lower-cased code that propertiesFromInput derives with the
    // code (graph/schemas.ts) and migration 0009 constrains: the check reads what the constraint holds.
    unique: [{ property: 'code', key: 'codeKey' }],
  },
  [
    ['in', 'SUPPORTS', 'Evidence', 'evidence supporting it'],
    ['out', 'SATISFIES', 'Provision', 'provisions it is linked to'],
    ['out', 'SATISFIES', 'Obligation', 'obligations it is linked to'],
    ['out', 'GOVERNS', 'AISystem', 'AI systems it governs'],
  ],
);

const LINK_TARGETS = ['Provision', 'Obligation'] as const;

export interface ControlLinkInput {
  controlId: string;
  targetId: string;
  relationship: string;
  strength: number;
  rationale: string;
}

/**
 * Links a control to a provision or obligation it satisfies, or updates the link when there is one
 * (the same relationship vocabulary and 1–10 strength as the crosswalk). Stamps the control and the
 * link; the provision or obligation itself is reference data and stays untouched.
 */
export async function linkControl(db: GraphExecutor, input: ControlLinkInput): Promise<EdgeRow> {
  labelOfIdAmong(input.controlId, ['Control'], 'controlId');
  const targetLabel = labelOfIdAmong(input.targetId, LINK_TARGETS, 'targetId');
  if (!(RELATIONSHIPS as readonly string[]).includes(input.relationship)) {
    throw badUserInput(`relationship must be one of ${RELATIONSHIPS.join(', ')}.`, 'relationship');
  }
  const strength = checkStrength(input.strength);
  const rationale = requiredText('rationale', input.rationale, MAX_RATIONALE_LENGTH);
  return db.write(async (tx) => {
    await requireNode(tx, 'Control', input.controlId, 'controlId');
    await requireNode(tx, targetLabel, input.targetId, 'targetId');
    await tx.touch('Control', input.controlId);
    const rows = await tx.run(
      `MATCH (control:Control {id: $controlId}), (target:${targetLabel} {id: $targetId})
       MERGE (control)-[link:SATISFIES]->(target)
       ON CREATE SET link.createdAt = datetime()
       SET link.relationship = $relationship, link.strength = $strength, link.rationale = $rationale,
           link.updatedAt = datetime(), control.updatedAt = datetime()
       RETURN properties(link) AS properties, target {.*, __label: '${targetLabel}'} AS target`,
      { ...input, strength: neo4j.int(strength), rationale },
    );
    const row = rows[0]!;
    return {
      properties: row.properties as EdgeRow['properties'],
      outgoing: true,
      parentId: input.controlId,
      other: row.target as EdgeRow['other'],
    };
  });
}

/** Removes a control's link to a provision or obligation; false when there was none. */
export function unlinkControl(db: GraphExecutor, controlId: string, targetId: string): Promise<boolean> {
  // The control's id first, as linkControl does: a call with both wrong names controlId.
  labelOfIdAmong(controlId, ['Control'], 'controlId');
  const satisfies = link('Control', 'SATISFIES', 'out', labelOfIdAmong(targetId, LINK_TARGETS, 'targetId'));
  return withLinkEnds(
    db,
    satisfies,
    { id: controlId, field: 'controlId' },
    { id: targetId, field: 'targetId' },
    async (tx) => (await removeLink(tx, satisfies, controlId, targetId)).removed,
  );
}
