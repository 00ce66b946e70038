import { type ViewState } from '../state/view-state.js';
import { DEFAULT_EXPAND_DEPTH, DEFAULT_EXPAND_LIMIT, MAX_EXPAND_DEPTH, MAX_EXPAND_LIMIT } from './url-state.js';

// What the Explore view does to the URL-held state, as pure functions: each returns the patch that
// `useViewState`'s update applies, so reload, shared links and back/forward replay the same canvas.

/** One `neighborhood` request: an expanded node with the depth and limit the URL asks for. */
interface NeighborhoodRequest {
  id: string;
  depth: number;
  limit: number;
}

/** What to fetch for the canvas: seed nodes on their own, and each expanded node's neighbourhood. */
export interface CanvasPlan {
  /** Nodes put on the canvas and not expanded (an expanded node comes with its neighbourhood). */
  seeds: string[];
  expansions: NeighborhoodRequest[];
}

type ExploreState = Pick<ViewState, 'subject' | 'nodes' | 'expanded' | 'hidden' | 'pinned' | 'expandDepth' | 'expandLimit'>;
export type ExplorePatch = Partial<ViewState>;

const clamp = (value: number | undefined, max: number, fallback: number) =>
  value !== undefined && Number.isInteger(value) && value >= 1 && value <= max ? value : fallback;

export const expandDepthOf = (state: Pick<ViewState, 'expandDepth'>) => clamp(state.expandDepth, MAX_EXPAND_DEPTH, DEFAULT_EXPAND_DEPTH);
export const expandLimitOf = (state: Pick<ViewState, 'expandLimit'>) => clamp(state.expandLimit, MAX_EXPAND_LIMIT, DEFAULT_EXPAND_LIMIT);

export function canvasPlan(state: Pick<ExploreState, 'nodes' | 'expanded' | 'expandDepth' | 'expandLimit'>): CanvasPlan {
  const expanded = new Set(state.expanded);
  const depth = expandDepthOf(state);
  const limit = expandLimitOf(state);
  return {
    seeds: state.nodes.filter((id) => !expanded.has(id)),
    expansions: state.expanded.map((id) => ({ id, depth, limit })),
  };
}

/** True when nothing is put on the canvas (the empty state shows). */
export const canvasIsEmpty = (state: ExploreState) => state.nodes.length === 0 && state.expanded.length === 0;

const without = (list: readonly string[], id: string) => list.filter((item) => item !== id);
const withAdded = (list: readonly string[], id: string) => (list.includes(id) ? [...list] : [...list, id]);

/** Search pick or a relationship link: the node goes on the canvas (shown again if hidden) and is selected. */
export function addNode(state: ExploreState, id: string): ExplorePatch {
  return { nodes: withAdded(state.nodes, id), hidden: without(state.hidden, id), subject: id };
}

/** Double-click or "Expand neighbours": the node's neighbourhood joins the canvas. */
export function expandNode(state: ExploreState, id: string): ExplorePatch {
  return { expanded: withAdded(state.expanded, id), hidden: without(state.hidden, id) };
}

/** Takes a node's neighbourhood off again; the node stays if it was put there itself or is selected. */
export function collapseNode(state: ExploreState, id: string): ExplorePatch {
  const keep = state.subject === id && !state.nodes.includes(id);
  return { expanded: without(state.expanded, id), ...(keep ? { nodes: [...state.nodes, id] } : {}) };
}

/** Hides a node (it stays in the URL's hidden list, so reload keeps it hidden); a hidden node is neither selected nor pinned. */
export function hideNode(state: ExploreState, id: string): ExplorePatch {
  return {
    hidden: withAdded(state.hidden, id),
    pinned: without(state.pinned, id),
    subject: state.subject === id ? null : state.subject,
  };
}

export function showNode(state: ExploreState, id: string): ExplorePatch {
  return { hidden: without(state.hidden, id) };
}

export function togglePin(state: ExploreState, id: string): ExplorePatch {
  return { pinned: state.pinned.includes(id) ? without(state.pinned, id) : [...state.pinned, id] };
}

export function clearCanvas(): ExplorePatch {
  return { subject: null, nodes: [], expanded: [], hidden: [], pinned: [] };
}

/** An example from the empty state: a node with its neighbours, selected. */
export function startFrom(id: string): ExplorePatch {
  return { subject: id, nodes: [id], expanded: [id], hidden: [], pinned: [] };
}

/** What the details panel can do to a node or edge end, each the URL change above it stands for. */
export interface NodeActions {
  /** Put a node on the canvas and select it (relationship links). */
  open(id: string): void;
  select(id: string): void;
  expand(id: string): void;
  collapse(id: string): void;
  togglePin(id: string): void;
  hide(id: string): void;
  show(id: string): void;
}

/** The node actions for this state, each applying its patch through `change`. */
export function nodeActions(state: ExploreState, change: (patch: ExplorePatch) => void): NodeActions {
  return {
    open: (id) => change(addNode(state, id)),
    select: (id) => change({ subject: id }),
    expand: (id) => change(expandNode(state, id)),
    collapse: (id) => change(collapseNode(state, id)),
    togglePin: (id) => change(togglePin(state, id)),
    hide: (id) => change(hideNode(state, id)),
    show: (id) => change(showNode(state, id)),
  };
}

/** Whether a filter list shows a value: an empty list shows everything. */
export const isShown = <T>(shown: readonly T[], value: T) => shown.length === 0 || shown.includes(value);

/**
 * A filter checkbox toggled: the list of values shown afterwards, empty again when every value is
 * shown (so the URL stays short and kinds added later show too). Unchecking the last one shows all.
 */
export function toggleShown<T>(all: readonly T[], shown: readonly T[], value: T): T[] {
  const current = shown.length === 0 ? [...all] : [...shown];
  const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
  const ordered = all.filter((item) => next.includes(item));
  return ordered.length === all.length || ordered.length === 0 ? [] : ordered;
}

/** Relationship links of the details panel and edges on the canvas have ids of their own, not node ids. */
export function isEdgeId(id: string): boolean {
  return id.startsWith('mapping:') || id.startsWith('link:') || id.includes('->');
}
