import type { CountingTransaction, GraphExecutor } from '../db/executor.js';
import { badUserInput } from '../common/errors.js';
import { addLink, createNode, deleteNode, link, removeLink, requireNode, updateNode, type NodeWrites } from '../common/mutations.js';
import type { NodeRow } from '../common/queries.js';
import { labelOfIdAmong, type PropertyValues } from '../common/validation.js';

// Writes to evidence items and to the controls they support.

/** Evidence cannot run out before it was collected. */
function checkValidity(evidence: PropertyValues, changed: PropertyValues): void {
  if (String(evidence.validUntil) < String(evidence.collectedOn)) {
    throw badUserInput(
      `validUntil (${String(evidence.validUntil)}) is before collectedOn (${String(evidence.collectedOn)}).`,
      'validUntil' in changed ? 'input.validUntil' : 'input.collectedOn',
    );
  }
}

const EVIDENCE_WRITES: NodeWrites = {
  label: 'Evidence',
  idFrom: 'title',
  // Evidence only hangs off controls: nothing depends on it.
  dependents: [],
  check: checkValidity,
};

export const createEvidence = (db: GraphExecutor, input: PropertyValues) => createNode(db, EVIDENCE_WRITES, input);
export const updateEvidence = (db: GraphExecutor, id: string, input: PropertyValues) => updateNode(db, EVIDENCE_WRITES, id, input);
export const deleteEvidence = (db: GraphExecutor, id: string, force: boolean) => deleteNode(db, EVIDENCE_WRITES, id, force);

const EVIDENCE_SUPPORTS = link('Evidence', 'SUPPORTS', 'out', 'Control');

async function checkedPair(
  db: GraphExecutor,
  evidenceId: string,
  controlId: string,
  work: (tx: CountingTransaction) => Promise<NodeRow>,
): Promise<NodeRow> {
  labelOfIdAmong(evidenceId, ['Evidence'], 'evidenceId');
  labelOfIdAmong(controlId, ['Control'], 'controlId');
  return db.write(async (tx) => {
    await requireNode(tx, 'Evidence', evidenceId, 'evidenceId');
    await requireNode(tx, 'Control', controlId, 'controlId');
    return work(tx);
  });
}

/** The evidence supports the control (nothing changes when it already does). */
export const attachEvidence = (db: GraphExecutor, evidenceId: string, controlId: string) =>
  checkedPair(db, evidenceId, controlId, (tx) => addLink(tx, EVIDENCE_SUPPORTS, evidenceId, controlId));

/** The evidence no longer supports the control. */
export const detachEvidence = (db: GraphExecutor, evidenceId: string, controlId: string) =>
  checkedPair(db, evidenceId, controlId, async (tx) => (await removeLink(tx, EVIDENCE_SUPPORTS, evidenceId, controlId)).node);
