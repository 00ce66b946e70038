// The explorer's whole view lives in the URL: reloading or sending a link restores the same
// picture, and back and forward walk through views. These functions are pure: ViewState ↔ query string.

export const VIEWS = ['home', 'explore', 'crosswalk', 'matrix', 'impact', 'gaps', 'classify'] as const;
export type View = (typeof VIEWS)[number];

export const LAYOUTS = ['fcose', 'dagre', 'concentric', 'breadthfirst', 'grid'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const NODE_KINDS = [
  'FRAMEWORK',
  'PROVISION',
  'OBLIGATION',
  'MILESTONE',
  'LEGISLATIVE_NOTE',
  'CONTROL',
  'AI_SYSTEM',
  'MODEL',
  'VENDOR',
  'OWNER',
  'EVIDENCE',
] as const;
export type Kind = (typeof NODE_KINDS)[number];

export const FRAMEWORKS = ['eu-ai-act', 'iso42001'] as const;
export type FrameworkId = (typeof FRAMEWORKS)[number];

export const GAP_STATUSES = ['COVERED', 'PARTIAL', 'STALE_EVIDENCE', 'UNCOVERED'] as const;
export type GapStatusName = (typeof GAP_STATUSES)[number];

export const RISK_CLASSES = ['PROHIBITED', 'HIGH_RISK', 'TRANSPARENCY', 'MINIMAL', 'GPAI', 'GPAI_SYSTEMIC_RISK', 'ALL'] as const;
export type RiskClassName = (typeof RISK_CLASSES)[number];

export interface ViewState {
  view: View;
  /**
   * What the view is about: explore, the selected node; crosswalk, the control, article or
   * obligation picked; impact, the changed node; gaps, the AI system (all when null); classify, the AI system.
   */
  subject: string | null;
  /** Explore: nodes put on the canvas, in the order they were added. */
  nodes: string[];
  /** Explore: nodes whose neighbours were expanded. */
  expanded: string[];
  hidden: string[];
  pinned: string[];
  /** Kinds and frameworks shown (every one when empty). */
  kinds: Kind[];
  frameworks: FrameworkId[];
  layout: LayoutName;
  /** Provisions drawn inside their chapter or topic (compound nodes) rather than flat. */
  nested: boolean;
  /** Crosswalk: the result whose explaining paths are shown. */
  focus: string | null;
  /** Gaps: the day coverage is computed for (today when null), YYYY-MM-DD. */
  asOf: string | null;
  statuses: GapStatusName[];
  riskClasses: RiskClassName[];
  owner: string | null;
  /** Impact: show the coverage difference if the changed node were removed. */
  whatIf: boolean;
  /** Explore: hops (1–4) each expansion walks; DEFAULT_EXPAND_DEPTH when absent. */
  expandDepth?: number;
  /** Explore: most nodes (1–2000) each expansion fetches; DEFAULT_EXPAND_LIMIT when absent. */
  expandLimit?: number;
  /** Crosswalk: the longest reasoning path in edges (1–6); DEFAULT_MAX_HOPS when absent. */
  maxHops?: number;
  /** Crosswalk: also list results whose composed relationship is indeterminate. */
  indeterminate?: boolean;
  /** Matrix: every article and clause, not only those with a mapping. */
  showAll?: boolean;
  /** Classify: the questionnaire's section shown (1-based); the first when absent. */
  section?: number;
}

/** Explore's expansion bounds, as the API's `neighborhood` takes them. */
export const DEFAULT_EXPAND_DEPTH = 1;
export const MAX_EXPAND_DEPTH = 4;
export const DEFAULT_EXPAND_LIMIT = 200;
export const MAX_EXPAND_LIMIT = 2000;

/** Classify: the most sections a questionnaire is expected to have (bounds `section` in the URL). */
export const MAX_CLASSIFY_SECTION = 99;

/** Crosswalk's reasoning bound, as the API's `satisfaction` and `controlsFor` take it. */
export const DEFAULT_MAX_HOPS = 3;
export const MAX_MAX_HOPS = 6;

export const DEFAULT_VIEW_STATE: ViewState = {
  view: 'home',
  subject: null,
  nodes: [],
  expanded: [],
  hidden: [],
  pinned: [],
  kinds: [],
  frameworks: [],
  layout: 'fcose',
  nested: false,
  focus: null,
  asOf: null,
  statuses: [],
  riskClasses: [],
  owner: null,
  whatIf: false,
};

/** The graph layout each view starts with when the URL names none. */
export const DEFAULT_LAYOUT: Record<View, LayoutName> = {
  home: 'fcose',
  explore: 'fcose',
  crosswalk: 'dagre',
  matrix: 'fcose',
  impact: 'dagre',
  gaps: 'dagre',
  classify: 'fcose',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | null =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;

const allOf = <T extends string>(allowed: readonly T[], values: string[]): T[] => [
  ...new Set(values.filter((value): value is T => (allowed as readonly string[]).includes(value))),
];

const ids = (values: string[]) => [...new Set(values.filter((value) => value.length > 0 && value.length <= 300))];

/** A whole number within [1, max] other than the default, else undefined (so defaults stay out of the URL). */
const boundedInt = (value: string | null, max: number, fallback: number): number | undefined => {
  if (value === null || !/^\d{1,4}$/.test(value)) return undefined;
  const number = Number(value);
  return number >= 1 && number <= max && number !== fallback ? number : undefined;
};

/** An optional field only when it has a value (so a parsed state equals one written without it). */
const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  value === undefined ? {} : ({ [key]: value } as Record<K, V>);

const validDate = (value: string | null) => (value !== null && DATE.test(value) && !Number.isNaN(Date.parse(value)) ? value : null);

/** Reads a query string; unknown or malformed values fall back to the defaults, never throw. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const view = oneOf(VIEWS, params.get('view')) ?? DEFAULT_VIEW_STATE.view;
  return {
    view,
    subject: params.get('subject') || null,
    nodes: ids(params.getAll('node')),
    expanded: ids(params.getAll('expanded')),
    hidden: ids(params.getAll('hidden')),
    pinned: ids(params.getAll('pinned')),
    kinds: allOf(NODE_KINDS, params.getAll('kind')),
    frameworks: allOf(FRAMEWORKS, params.getAll('framework')),
    layout: oneOf(LAYOUTS, params.get('layout')) ?? DEFAULT_LAYOUT[view],
    nested: params.get('nested') === '1',
    focus: params.get('focus') || null,
    asOf: validDate(params.get('asOf')),
    statuses: allOf(GAP_STATUSES, params.getAll('status')),
    riskClasses: allOf(RISK_CLASSES, params.getAll('risk')),
    owner: params.get('owner') || null,
    whatIf: params.get('whatIf') === '1',
    ...optional('expandDepth', boundedInt(params.get('depth'), MAX_EXPAND_DEPTH, DEFAULT_EXPAND_DEPTH)),
    ...optional('expandLimit', boundedInt(params.get('limit'), MAX_EXPAND_LIMIT, DEFAULT_EXPAND_LIMIT)),
    ...optional('maxHops', boundedInt(params.get('hops'), MAX_MAX_HOPS, DEFAULT_MAX_HOPS)),
    ...optional('indeterminate', params.get('indeterminate') === '1' ? true : undefined),
    ...optional('showAll', params.get('all') === '1' ? true : undefined),
    ...optional('section', boundedInt(params.get('section'), MAX_CLASSIFY_SECTION, 1)),
  };
}

/** Writes a query string (with its "?", or "" for the home page), leaving defaults out so links stay short. */
export function formatViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.view !== DEFAULT_VIEW_STATE.view) params.set('view', state.view);
  if (state.subject) params.set('subject', state.subject);
  for (const id of state.nodes) params.append('node', id);
  for (const id of state.expanded) params.append('expanded', id);
  for (const id of state.hidden) params.append('hidden', id);
  for (const id of state.pinned) params.append('pinned', id);
  for (const kind of state.kinds) params.append('kind', kind);
  for (const framework of state.frameworks) params.append('framework', framework);
  if (state.layout !== DEFAULT_LAYOUT[state.view]) params.set('layout', state.layout);
  if (state.nested) params.set('nested', '1');
  if (state.focus) params.set('focus', state.focus);
  if (state.asOf) params.set('asOf', state.asOf);
  for (const status of state.statuses) params.append('status', status);
  for (const riskClass of state.riskClasses) params.append('risk', riskClass);
  if (state.owner) params.set('owner', state.owner);
  if (state.whatIf) params.set('whatIf', '1');
  if (state.maxHops !== undefined && state.maxHops !== DEFAULT_MAX_HOPS) params.set('hops', String(state.maxHops));
  if (state.indeterminate) params.set('indeterminate', '1');
  if (state.showAll) params.set('all', '1');
  if (state.expandDepth !== undefined && state.expandDepth !== DEFAULT_EXPAND_DEPTH) params.set('depth', String(state.expandDepth));
  if (state.expandLimit !== undefined && state.expandLimit !== DEFAULT_EXPAND_LIMIT) params.set('limit', String(state.expandLimit));
  if (state.section !== undefined && state.section !== 1) params.set('section', String(state.section));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The state of a fresh view: what a link from the navigation or another view opens. */
export function freshView(view: View, patch: Partial<ViewState> = {}): ViewState {
  return { ...DEFAULT_VIEW_STATE, view, layout: DEFAULT_LAYOUT[view], ...patch };
}

/** The link (path and query) that opens a view. */
export function viewHref(state: ViewState): string {
  return `/${formatViewState(state)}`;
}
