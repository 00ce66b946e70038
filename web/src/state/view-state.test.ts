import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, formatViewState, freshView, parseViewState, viewHref, type ViewState } from './view-state.js';

const full: ViewState = {
  view: 'explore',
  subject: 'eu-ai-act:art-9',
  nodes: ['eu-ai-act:art-9', 'iso42001:A.6.2.4', 'mapping:iso42001:A.6.2.4>eu-ai-act:art-15'],
  expanded: ['eu-ai-act:art-9'],
  hidden: ['iso42001:6.1.2'],
  pinned: ['eu-ai-act:art-9'],
  kinds: ['PROVISION', 'CONTROL'],
  frameworks: ['iso42001'],
  layout: 'concentric',
  nested: true,
  focus: 'obligation:art-9-risk-management',
  asOf: '2027-08-02',
  statuses: ['UNCOVERED', 'PARTIAL'],
  riskClasses: ['HIGH_RISK'],
  owner: 'owner:a b&c',
  whatIf: true,
  section: 3,
};

describe('view state in the URL', () => {
  it('round-trips every field, including ids with colons, dots, ">" and spaces', () => {
    expect(parseViewState(formatViewState(full))).toEqual(full);
  });

  it('keeps the order of nodes as added', () => {
    const state = parseViewState(formatViewState({ ...full, nodes: ['b', 'a', 'c'] }));
    expect(state.nodes).toEqual(['b', 'a', 'c']);
  });

  it('writes nothing for the defaults, so the home page is "/"', () => {
    expect(formatViewState(DEFAULT_VIEW_STATE)).toBe('');
    expect(viewHref(DEFAULT_VIEW_STATE)).toBe('/');
  });

  it("leaves out the view's default layout and writes another", () => {
    expect(formatViewState(freshView('impact'))).toBe('?view=impact');
    expect(formatViewState(freshView('impact', { layout: 'fcose' }))).toBe('?view=impact&layout=fcose');
    expect(parseViewState('?view=impact').layout).toBe('dagre');
    expect(parseViewState('?view=explore').layout).toBe('fcose');
  });

  it('falls back to defaults for unknown or malformed values instead of failing', () => {
    const state = parseViewState('?view=nowhere&layout=spiral&kind=PROVISION&kind=BOGUS&status=LOST&asOf=2027-13-45&risk=HIGH_RISK&nested=yes');
    expect(state.view).toBe('home');
    expect(state.layout).toBe('fcose');
    expect(state.kinds).toEqual(['PROVISION']);
    expect(state.statuses).toEqual([]);
    expect(state.asOf).toBeNull();
    expect(state.riskClasses).toEqual(['HIGH_RISK']);
    expect(state.nested).toBe(false);
  });

  it('drops repeated ids and empty ones', () => {
    expect(parseViewState('?node=a&node=a&node=&node=b').nodes).toEqual(['a', 'b']);
  });

  it('reads a date only in YYYY-MM-DD form', () => {
    expect(parseViewState('?asOf=2026-08-02').asOf).toBe('2026-08-02');
    expect(parseViewState('?asOf=2026-8-2').asOf).toBeNull();
    expect(parseViewState('?asOf=tomorrow').asOf).toBeNull();
  });

  it('a fresh view keeps nothing of another view but what the patch gives', () => {
    const next = freshView('crosswalk', { subject: 'control:gov-01' });
    expect(next).toEqual({ ...DEFAULT_VIEW_STATE, view: 'crosswalk', layout: 'dagre', subject: 'control:gov-01' });
  });
});
