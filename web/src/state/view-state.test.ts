import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, formatViewState, freshView, parseViewState, viewHref, VIEWS, type ViewState } from './view-state.js';

/** Every field each view keeps in its URL, with values as unusual as ids get. */
const fullStates: ViewState[] = [
  freshView('explore', {
    subject: 'eu-ai-act:art-9',
    nodes: ['eu-ai-act:art-9', 'iso42001:A.6.2.4', 'mapping:iso42001:A.6.2.4>eu-ai-act:art-15'],
    expanded: ['eu-ai-act:art-9'],
    hidden: ['iso42001:6.1.2'],
    pinned: ['eu-ai-act:art-9'],
    kinds: ['PROVISION', 'CONTROL'],
    frameworks: ['iso42001'],
    layout: 'concentric',
    nested: true,
    expandDepth: 2,
    expandLimit: 2000,
  }),
  freshView('crosswalk', { subject: 'control:gov-01', layout: 'fcose', focus: 'eu-ai-act:art-15', maxHops: 5, indeterminate: true }),
  freshView('matrix', { focus: 'mapping:iso42001:A.6.2.4>eu-ai-act:art-15', showAll: true }),
  freshView('impact', { subject: 'vendor:acme', kinds: ['AI_SYSTEM'], layout: 'grid', focus: 'system:a', whatIf: true }),
  freshView('gaps', {
    subject: 'system:a',
    asOf: '2027-08-02',
    statuses: ['UNCOVERED', 'PARTIAL'],
    riskClasses: ['HIGH_RISK'],
    owner: 'owner:a b&c',
  }),
  freshView('classify', { subject: 'system:a', section: 3 }),
];

describe('view state in the URL', () => {
  it.each(fullStates.map((state) => [state.view, state] as const))(
    'round-trips every field of %s, including ids with colons, dots, ">" and spaces',
    (_, state) => {
      expect(parseViewState(formatViewState(state))).toEqual(state);
    },
  );

  it('keeps only the fields of its own view', () => {
    const explore = fullStates[0]!;
    const asGaps = parseViewState(formatViewState({ ...explore, view: 'gaps' }));
    expect(asGaps).toEqual(freshView('gaps', { subject: explore.subject }));
    expect(formatViewState({ ...explore, view: 'matrix' })).toBe('?view=matrix');
  });

  it('keeps the order of nodes as added', () => {
    const state = parseViewState(formatViewState(freshView('explore', { nodes: ['b', 'a', 'c'] })));
    expect(state.nodes).toEqual(['b', 'a', 'c']);
  });

  it('writes nothing for the defaults, so the home page is "/"', () => {
    expect(formatViewState(DEFAULT_VIEW_STATE)).toBe('');
    expect(viewHref(DEFAULT_VIEW_STATE)).toBe('/');
    for (const view of VIEWS) expect(parseViewState(formatViewState(freshView(view)))).toEqual(freshView(view));
  });

  it("leaves out the view's default layout and writes another", () => {
    expect(formatViewState(freshView('impact'))).toBe('?view=impact');
    expect(formatViewState(freshView('impact', { layout: 'fcose' }))).toBe('?view=impact&layout=fcose');
    expect(parseViewState('?view=impact').layout).toBe('dagre');
    expect(parseViewState('?view=explore').layout).toBe('fcose');
  });

  it('falls back to defaults for unknown or malformed values instead of failing', () => {
    expect(parseViewState('?view=nowhere&layout=spiral&kind=PROVISION')).toEqual(DEFAULT_VIEW_STATE);
    const explore = parseViewState('?view=explore&layout=spiral&kind=PROVISION&kind=BOGUS&nested=yes&depth=9');
    expect(explore).toEqual(freshView('explore', { kinds: ['PROVISION'] }));
    const gaps = parseViewState('?view=gaps&status=LOST&asOf=2027-13-45&risk=HIGH_RISK');
    expect(gaps).toEqual(freshView('gaps', { riskClasses: ['HIGH_RISK'] }));
  });

  it('drops repeated ids and empty ones', () => {
    expect(parseViewState('?view=explore&node=a&node=a&node=&node=b').nodes).toEqual(['a', 'b']);
  });

  it('reads a date only in YYYY-MM-DD form', () => {
    expect(parseViewState('?view=gaps&asOf=2026-08-02').asOf).toBe('2026-08-02');
    expect(parseViewState('?view=gaps&asOf=2026-8-2').asOf).toBeNull();
    expect(parseViewState('?view=gaps&asOf=tomorrow').asOf).toBeNull();
  });

  it('a fresh view keeps nothing of another view but what the patch gives', () => {
    const next = freshView('crosswalk', { subject: 'control:gov-01' });
    expect(next).toEqual({ ...DEFAULT_VIEW_STATE, view: 'crosswalk', layout: 'dagre', subject: 'control:gov-01' });
  });
});

describe('the explorer URLs the README documents', () => {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  // "?view=classify&subject=<system id>": the placeholder stands for an id.
  const documented = [...readme.matchAll(/`(\?view=[^`]*)`/g)].map((match) => match[1]!.replace(/<[^>]*>/g, 'system:credit-scoring'));

  it('finds them', () => {
    expect(documented).toEqual(expect.arrayContaining(['?view=explore', '?view=gaps', '?view=classify&subject=system:credit-scoring']));
  });

  it.each(documented)('%s opens its view with its state, and formats back to the same link', (search) => {
    const state = parseViewState(search);
    expect(state.view).toBe(new URLSearchParams(search).get('view'));
    expect(decodeURIComponent(formatViewState(state))).toBe(search);
    expect(parseViewState(formatViewState(state))).toEqual(state);
  });

  it('keeps what the README says each view keeps in the link', () => {
    // Explore: Depth, Limit, layout, nesting, filters; Crosswalk: "Longest path" and indeterminate results;
    // Matrix: every article and clause; Classify: the section (`section=`); Gaps: As of and its filters.
    const links = [
      '?view=explore&subject=eu-ai-act:art-9&node=eu-ai-act:art-9&expanded=eu-ai-act:art-9&hidden=iso42001:6.1.2&pinned=eu-ai-act:art-9&kind=PROVISION&framework=iso42001&layout=grid&nested=1&depth=2&limit=500',
      '?view=crosswalk&subject=control:gov-01&focus=eu-ai-act:art-15&hops=5&indeterminate=1',
      '?view=matrix&focus=mapping:x&all=1',
      '?view=impact&subject=vendor:acme&kind=AI_SYSTEM&focus=system:a&whatIf=1',
      '?view=gaps&subject=system:a&asOf=2027-08-02&status=UNCOVERED&risk=HIGH_RISK&owner=owner:x',
      '?view=classify&subject=system:a&section=3',
    ];
    for (const search of links) expect(decodeURIComponent(formatViewState(parseViewState(search)))).toBe(search);
  });
});
