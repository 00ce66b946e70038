import { describe, expect, it } from 'vitest';
import { formatViewState, freshView, parseViewState } from '../state/view-state.js';

// The crosswalk's and matrix's options in the URL (hops, indeterminate, all), added to view-state.ts.
describe('crosswalk and matrix options in the URL', () => {
  it('round-trips the longest path, indeterminate results and the matrix’s show-all', () => {
    const state = freshView('crosswalk', { subject: 'control:TST-01', focus: 'eu-ai-act:art-15', maxHops: 5, indeterminate: true });
    const search = formatViewState(state);
    expect(search).toContain('hops=5');
    expect(search).toContain('indeterminate=1');
    expect(parseViewState(search)).toMatchObject({ maxHops: 5, indeterminate: true, focus: 'eu-ai-act:art-15' });
    expect(
      parseViewState(formatViewState(freshView('matrix', { showAll: true, focus: 'mapping:iso42001:A.6.2.4>eu-ai-act:art-15' }))),
    ).toMatchObject({
      showAll: true,
      focus: 'mapping:iso42001:A.6.2.4>eu-ai-act:art-15',
    });
  });

  it('leaves defaults out of the URL and ignores hops out of range', () => {
    expect(formatViewState(freshView('crosswalk', { maxHops: 3, indeterminate: false, showAll: false }))).toBe('?view=crosswalk');
    expect(parseViewState('?view=crosswalk&hops=9').maxHops).toBeUndefined();
    expect(parseViewState('?view=crosswalk&hops=0').maxHops).toBeUndefined();
    expect(parseViewState('?view=crosswalk&hops=1').maxHops).toBe(1);
  });
});
