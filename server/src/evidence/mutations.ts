import type { CountingTransaction, GraphExecutor } from '../db/executor.js';
import { badUserInput } from '../common/errors.js';
import { addLink, link, nodeWrites, removeLink, withLinkEnds } from '../common/mutations.js';
import type { PropertyValues } from '../common/validation.js';

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

// Evidence only hangs off controls: nothing depends on it.
export const EVIDENCE_WRITES = nodeWrites('Evidence', 'title', { check: checkValidity });

const EVIDENCE_SUPPORTS = link('Evidence', 'SUPPORTS', 'out', 'Control');

/** Both ends checked, then `work` in the same transaction. */
const onSupports = <T>(db: GraphExecutor, evidenceId: string, controlId: string, work: (tx: CountingTransaction) => Promise<T>) =>
  withLinkEnds(db, EVIDENCE_SUPPORTS, { id: evidenceId, field: 'evidenceId' }, { id: controlId, field: 'controlId' }, work);

/** The evidence supports the control (nothing changes when it already does). */
export const attachEvidence = (db: GraphExecutor, evidenceId: string, controlId: string) =>
  onSupports(db, evidenceId, controlId, (tx) => addLink(tx, EVIDENCE_SUPPORTS, evidenceId, controlId));

/** The evidence no longer supports the control. */
export const detachEvidence = (db: GraphExecutor, evidenceId: string, controlId: string) =>
  onSupports(db, evidenceId, controlId, async (tx) => (await removeLink(tx, EVIDENCE_SUPPORTS, evidenceId, controlId)).node);
