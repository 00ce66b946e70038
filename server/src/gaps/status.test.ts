import { describe, expect, it } from 'vitest';
import { NO_EVIDENCE, type EvidenceSummary } from '../evidence/summary.js';
import { gapStatus, hasLiveEvidence, type GapStatus } from './status.js';

const evidence = (current: number, expiring: number, expired: number): EvidenceSummary => ({
  current,
  expiring,
  expired,
  total: current + expiring + expired,
  best: current ? 'CURRENT' : expiring ? 'EXPIRING' : expired ? 'EXPIRED' : null,
});
const CURRENT = evidence(1, 0, 0);
const EXPIRING = evidence(0, 1, 0);
const EXPIRED = evidence(0, 0, 2);
const MIXED = evidence(0, 1, 3);

type Control = { coverage: 'FULL' | 'PARTIAL' | 'NONE'; evidence: EvidenceSummary };
const full = (e: EvidenceSummary): Control => ({ coverage: 'FULL', evidence: e });
const partial = (e: EvidenceSummary): Control => ({ coverage: 'PARTIAL', evidence: e });

describe('gapStatus', () => {
  const cases: [string, Control[], GapStatus][] = [
    ['no control', [], 'UNCOVERED'],
    ['a control reaching it with no coverage', [{ coverage: 'NONE', evidence: CURRENT }], 'UNCOVERED'],
    ['full coverage, current evidence', [full(CURRENT)], 'COVERED'],
    ['full coverage, expiring evidence (still valid)', [full(EXPIRING)], 'COVERED'],
    ['full coverage, expired and expiring evidence', [full(MIXED)], 'COVERED'],
    ['full coverage, only expired evidence', [full(EXPIRED)], 'STALE_EVIDENCE'],
    ['full coverage, no evidence at all', [full(NO_EVIDENCE)], 'STALE_EVIDENCE'],
    ['two full controls, one with current evidence', [full(EXPIRED), full(CURRENT)], 'COVERED'],
    ['two full controls, both stale', [full(EXPIRED), full(NO_EVIDENCE)], 'STALE_EVIDENCE'],
    // Current evidence on a partial control does not make a stale full coverage current.
    ['full but stale, and partial with current evidence', [full(EXPIRED), partial(CURRENT)], 'STALE_EVIDENCE'],
    ['partial coverage, current evidence', [partial(CURRENT)], 'PARTIAL'],
    ['partial coverage, expired evidence', [partial(EXPIRED)], 'PARTIAL'],
    ['partial coverage, no evidence', [partial(NO_EVIDENCE)], 'PARTIAL'],
    ['several partial controls', [partial(CURRENT), partial(EXPIRED)], 'PARTIAL'],
  ];
  it.each(cases)('%s → %s', (_description, controls, expected) => {
    expect(gapStatus(controls)).toBe(expected);
  });
});

describe('hasLiveEvidence', () => {
  it('counts current and expiring items, not expired ones', () => {
    expect(hasLiveEvidence(CURRENT)).toBe(true);
    expect(hasLiveEvidence(EXPIRING)).toBe(true);
    expect(hasLiveEvidence(EXPIRED)).toBe(false);
    expect(hasLiveEvidence(NO_EVIDENCE)).toBe(false);
  });
});
