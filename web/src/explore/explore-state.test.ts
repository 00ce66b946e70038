import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, NODE_KINDS, parseViewState, formatViewState, freshView, type ViewState } from '../state/view-state.js';
import {
  addNode,
  canvasIsEmpty,
  canvasPlan,
  clearCanvas,
  collapseNode,
  expandNode,
  hideNode,
  isEdgeId,
  isShown,
  showNode,
  startFrom,
  toggleShown,
  togglePin,
} from './explore-state.js';

const explore = (patch: Partial<ViewState> = {}): ViewState => freshView('explore', patch);
/** Applies a patch the way useViewState's update does, and round-trips it through the URL. */
const apply = (state: ViewState, patch: Partial<ViewState>) => parseViewState(formatViewState({ ...state, ...patch }));

describe('what the canvas fetches', () => {
  it('fetches seeds on their own and each expanded node by neighbourhood, with the default depth and limit', () => {
    const plan = canvasPlan(explore({ nodes: ['eu-ai-act:art-9', 'iso42001:A.6.2.4'], expanded: ['eu-ai-act:art-9', 'control:GOV-01'] }));
    expect(plan.seeds).toEqual(['iso42001:A.6.2.4']);
    expect(plan.expansions).toEqual([
      { id: 'eu-ai-act:art-9', depth: 1, limit: 200 },
      { id: 'control:GOV-01', depth: 1, limit: 200 },
    ]);
  });

  it('uses the depth and limit the URL names, and falls back when they are out of range', () => {
    const state = parseViewState('?view=explore&expanded=vendor:x&depth=2&limit=2000');
    expect(canvasPlan(state).expansions).toEqual([{ id: 'vendor:x', depth: 2, limit: 2000 }]);
    expect(canvasPlan(parseViewState('?view=explore&expanded=vendor:x&depth=9&limit=5000')).expansions).toEqual([
      { id: 'vendor:x', depth: 1, limit: 200 },
    ]);
    expect(canvasPlan(explore({ expanded: ['a'], expandDepth: 0, expandLimit: 1.5 })).expansions).toEqual([
      { id: 'a', depth: 1, limit: 200 },
    ]);
  });

  it('is empty only when nothing was put on the canvas', () => {
    expect(canvasIsEmpty(explore())).toBe(true);
    expect(canvasIsEmpty(explore({ subject: 'eu-ai-act:art-9' }))).toBe(true);
    expect(canvasIsEmpty(explore({ expanded: ['eu-ai-act:art-9'] }))).toBe(false);
  });
});

describe('canvas actions as URL changes', () => {
  it('a search pick adds the node once, shows it again if hidden, and selects it', () => {
    const start = explore({ nodes: ['a'], hidden: ['b'] });
    const once = apply(start, addNode(start, 'b'));
    expect(once).toMatchObject({ nodes: ['a', 'b'], hidden: [], subject: 'b' });
    expect(apply(once, addNode(once, 'b')).nodes).toEqual(['a', 'b']);
  });

  it('expanding and collapsing keep the order of expansion and the selected node on the canvas', () => {
    let state = explore({ nodes: ['a'] });
    state = apply(state, expandNode(state, 'a'));
    state = apply(state, expandNode(state, 'c'));
    state = apply(state, expandNode(state, 'a'));
    expect(state.expanded).toEqual(['a', 'c']);
    state = apply(state, { subject: 'c' });
    state = apply(state, collapseNode(state, 'c'));
    // c came onto the canvas only through its own expansion; it is selected, so it stays as a seed.
    expect(state).toMatchObject({ expanded: ['a'], nodes: ['a', 'c'] });
    state = apply(state, collapseNode(state, 'a'));
    expect(state).toMatchObject({ expanded: [], nodes: ['a', 'c'] });
  });

  it('hiding unselects and unpins the node; showing brings it back', () => {
    let state = explore({ nodes: ['a'], expanded: ['a'], subject: 'b', pinned: ['b', 'c'] });
    state = apply(state, hideNode(state, 'b'));
    expect(state).toMatchObject({ hidden: ['b'], pinned: ['c'], subject: null });
    state = apply(state, hideNode(state, 'b'));
    expect(state.hidden).toEqual(['b']);
    expect(apply(state, showNode(state, 'b')).hidden).toEqual([]);
  });

  it('pinning toggles', () => {
    let state = explore({ nodes: ['a'] });
    state = apply(state, togglePin(state, 'a'));
    expect(state.pinned).toEqual(['a']);
    state = apply(state, togglePin(state, 'a'));
    expect(state.pinned).toEqual([]);
  });

  it('clearing empties the canvas and keeps filters and layout', () => {
    const state = explore({
      nodes: ['a'],
      expanded: ['a'],
      hidden: ['b'],
      pinned: ['a'],
      subject: 'a',
      kinds: ['PROVISION'],
      layout: 'grid',
      nested: true,
    });
    const cleared = apply(state, clearCanvas());
    expect(cleared).toMatchObject({
      nodes: [],
      expanded: [],
      hidden: [],
      pinned: [],
      subject: null,
      kinds: ['PROVISION'],
      layout: 'grid',
      nested: true,
    });
    expect(formatViewState(cleared)).toBe('?view=explore&kind=PROVISION&layout=grid&nested=1');
  });

  it('an example starts from one node with its neighbours, selected', () => {
    expect(apply(explore({ hidden: ['x'] }), startFrom('eu-ai-act:art-9'))).toMatchObject({
      nodes: ['eu-ai-act:art-9'],
      expanded: ['eu-ai-act:art-9'],
      subject: 'eu-ai-act:art-9',
      hidden: [],
    });
  });
});

describe('filter checkboxes', () => {
  it('an empty list shows every value', () => {
    expect(isShown([], 'PROVISION')).toBe(true);
    expect(isShown(['CONTROL'], 'PROVISION')).toBe(false);
  });

  it('unchecking from "all" keeps the others; checking the last one back is "all" again', () => {
    const withoutObligations = toggleShown(NODE_KINDS, [], 'OBLIGATION');
    expect(withoutObligations).toEqual(NODE_KINDS.filter((kind) => kind !== 'OBLIGATION'));
    expect(toggleShown(NODE_KINDS, withoutObligations, 'OBLIGATION')).toEqual([]);
  });

  it('keeps the canonical order whatever the order of clicks', () => {
    const frameworks = ['eu-ai-act', 'iso42001', 'other'] as const;
    const one = toggleShown(frameworks, [], 'eu-ai-act');
    expect(one).toEqual(['iso42001', 'other']);
    expect(toggleShown(frameworks, toggleShown(frameworks, one, 'other'), 'eu-ai-act')).toEqual(['eu-ai-act', 'iso42001']);
  });

  it('unchecking the only value shown shows everything rather than nothing', () => {
    expect(toggleShown(NODE_KINDS, ['CONTROL'], 'CONTROL')).toEqual([]);
  });
});

describe('edge ids', () => {
  it('tells mapping, control-link and derived edge ids from node ids', () => {
    expect(isEdgeId('mapping:iso42001:A.6.2.4>eu-ai-act:art-15')).toBe(true);
    expect(isEdgeId('eu-ai-act:art-9-PART_OF->eu-ai-act:chapter-iii:section-2')).toBe(true);
    expect(isEdgeId('link:control:GOV-01>eu-ai-act:art-9')).toBe(true);
    for (const id of [
      'eu-ai-act:art-9',
      'iso42001:A.6.2-objective',
      'system:credit-scoring',
      'milestone:2026-08-02:application',
      'eu-ai-act',
    ]) {
      expect(isEdgeId(id)).toBe(false);
    }
  });
});

describe('expansion bounds in the URL', () => {
  it('writes depth and limit only when they differ from the defaults', () => {
    expect(formatViewState(explore({ expanded: ['a'], expandDepth: 1, expandLimit: 200 }))).toBe('?view=explore&expanded=a');
    expect(formatViewState(explore({ expanded: ['a'], expandDepth: 2, expandLimit: 2000 }))).toBe(
      '?view=explore&expanded=a&depth=2&limit=2000',
    );
  });

  it('reads them back, and leaves malformed or default ones out', () => {
    expect(parseViewState('?view=explore&depth=3&limit=500')).toMatchObject({ expandDepth: 3, expandLimit: 500 });
    const ignored = parseViewState('?view=explore&depth=1&limit=200&x=1');
    expect(ignored).toEqual(explore());
    for (const search of ['?depth=0&limit=0', '?depth=5&limit=2001', '?depth=two&limit=1e3', '?depth=-1&limit=20.5']) {
      const state = parseViewState(search);
      expect(state.expandDepth).toBeUndefined();
      expect(state.expandLimit).toBeUndefined();
    }
    expect(parseViewState('')).toEqual(DEFAULT_VIEW_STATE);
  });
});
