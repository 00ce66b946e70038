import { classifyUrlState, type ClassifyUrlState } from '../classify/url-state.js';
import { crosswalkUrlState, type CrosswalkUrlState } from '../crosswalk/url-state.js';
import { exploreUrlState, type ExploreUrlState } from '../explore/url-state.js';
import { gapsUrlState, type GapsUrlState } from '../gaps/url-state.js';
import { impactUrlState, type ImpactUrlState } from '../impact/url-state.js';
import { matrixUrlState, type MatrixUrlState } from '../matrix/url-state.js';
import { readOneOf, type ViewUrlState } from './url-params.js';

// The explorer's whole view lives in the URL: reloading or sending a link restores the same
// picture, and back and forward walk through views. This layer knows only `view`: each view reads
// and writes its own fields (<view>/url-state.ts), from pieces said once (url-params.ts).

export * from './vocabulary.js';

export const VIEWS = ['home', 'explore', 'crosswalk', 'matrix', 'impact', 'gaps', 'classify'] as const;
export type View = (typeof VIEWS)[number];

/**
 * Every view's fields side by side (one shape, so a link from one view can fill another's); a URL
 * holds only those of its own view. `subject` is what the view is about.
 */
export type ViewState = { view: View } & ExploreUrlState &
  CrosswalkUrlState &
  MatrixUrlState &
  ImpactUrlState &
  GapsUrlState &
  ClassifyUrlState;

const HOME: ViewUrlState<Record<string, never>> = { defaults: {}, parse: () => ({}), format: () => undefined };

/** Each view's own URL state. */
const URL_STATE: { [V in View]: ViewUrlState<Partial<ViewState>> } = {
  home: HOME,
  explore: exploreUrlState,
  crosswalk: crosswalkUrlState,
  matrix: matrixUrlState,
  impact: impactUrlState,
  gaps: gapsUrlState,
  classify: classifyUrlState,
};

/** Explore last: its layout (fcose) is the one views without a canvas carry. */
export const DEFAULT_VIEW_STATE: ViewState = {
  ...crosswalkUrlState.defaults,
  ...matrixUrlState.defaults,
  ...impactUrlState.defaults,
  ...gapsUrlState.defaults,
  ...classifyUrlState.defaults,
  ...exploreUrlState.defaults,
  view: 'home',
};

/** Reads a query string; unknown or malformed values fall back to the defaults, never throw. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const view = readOneOf(params, 'view', VIEWS) ?? DEFAULT_VIEW_STATE.view;
  return { ...freshView(view), ...URL_STATE[view].parse(params) };
}

/** Writes a query string (with its "?", or "" for the home page), leaving defaults out so links stay short. */
export function formatViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.view !== DEFAULT_VIEW_STATE.view) params.set('view', state.view);
  URL_STATE[state.view].format(state, params);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The state of a fresh view: what a link from the navigation or another view opens. */
export function freshView(view: View, patch: Partial<ViewState> = {}): ViewState {
  return { ...DEFAULT_VIEW_STATE, ...URL_STATE[view].defaults, view, ...patch };
}

/** The link (path and query) that opens a view. */
export function viewHref(state: ViewState): string {
  return `/${formatViewState(state)}`;
}
