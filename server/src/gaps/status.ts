import type { Derived } from '../crosswalk/composition.js';
import type { EvidenceSummary } from '../evidence/summary.js';
import type { GapStatus } from '../generated/enums.js';

// How one (system, obligation) row is classified from the controls that reach the obligation
// (README, "Applicability and gaps"). Pure, so every case is unit-tested (status.test.ts).

export type { GapStatus };

/** A governing control that reaches the obligation: the GraphQL `GapControl`. */
export interface GapControlResult {
  controlId: string;
  relationship: Derived;
  strength: number;
  coverage: 'FULL' | 'PARTIAL' | 'NONE';
  direct: boolean;
  hops: number;
  evidence: EvidenceSummary;
}

/** Evidence that still counts: at least one item CURRENT or EXPIRING (not yet past validUntil). */
export function hasLiveEvidence(evidence: EvidenceSummary): boolean {
  return evidence.current + evidence.expiring > 0;
}

/**
 * COVERED: a control covers the obligation fully and has live evidence. STALE_EVIDENCE: covered fully,
 * but no full-covering control has live evidence (expired, or none at all). PARTIAL: only partial
 * coverage. UNCOVERED: no control reaches it.
 */
export function gapStatus(controls: readonly Pick<GapControlResult, 'coverage' | 'evidence'>[]): GapStatus {
  const full = controls.filter((control) => control.coverage === 'FULL');
  if (full.length > 0) return full.some((control) => hasLiveEvidence(control.evidence)) ? 'COVERED' : 'STALE_EVIDENCE';
  return controls.some((control) => control.coverage === 'PARTIAL') ? 'PARTIAL' : 'UNCOVERED';
}
