import { describe, expect, it } from 'vitest';
import { fixtureWhatIf } from '../../fixtures/impact.js';
import { countChange, whatIfChangeRows, whatIfDroppedRows, whatIfSentence, whatIfSystemRows } from './what-if-rows.js';

describe('what-if rows', () => {
  it('lists every row changing status, system by system', () => {
    expect(whatIfChangeRows(fixtureWhatIf()).map((row) => [row.systemId, row.obligationId, row.before, row.after])).toEqual([
      ['system:a', 'obligation:OBL-1', 'PARTIAL', 'UNCOVERED'],
      ['system:a', 'obligation:OBL-2', 'COVERED', 'STALE_EVIDENCE'],
    ]);
  });

  it('gives each system its counts before and after', () => {
    const [a, b] = whatIfSystemRows(fixtureWhatIf());
    expect(a).toMatchObject({ id: 'system:a', system: 'System A', removed: false, changes: 2, dropped: 0 });
    expect(a!.before.covered).toBe(3);
    expect(a!.after.covered).toBe(2);
    expect(b).toMatchObject({ id: 'system:b', removed: true, changes: 0, dropped: 1 });
  });

  it('lists obligations that would no longer apply', () => {
    expect(whatIfDroppedRows(fixtureWhatIf())).toEqual([
      {
        key: 'system:b|obligation:OBL-LIT',
        systemId: 'system:b',
        system: 'System B',
        obligationId: 'obligation:OBL-LIT',
        obligation: 'OBL-LIT',
        summary: 'AI literacy',
      },
    ]);
  });

  it('says counts and the whole answer in words', () => {
    expect(countChange(3, 2)).toBe('3 → 2');
    expect(countChange(4, 4)).toBe('4');
    expect(whatIfSentence(fixtureWhatIf(), 'C-1')).toBe(
      'Without C-1, 2 obligations would change status and 1 would no longer apply, across 2 AI systems.',
    );
    expect(whatIfSentence({ removed: [], changedRows: 0, droppedRows: 0, systems: [] }, 'Acme AI')).toBe(
      'Without Acme AI, no obligation of any AI system would change status.',
    );
    const one = { ...fixtureWhatIf(), changedRows: 1, droppedRows: 0, systems: fixtureWhatIf().systems.slice(0, 1) };
    expect(whatIfSentence(one, 'C-1')).toBe('Without C-1, 1 obligation would change status, across 1 AI system.');
  });
});
