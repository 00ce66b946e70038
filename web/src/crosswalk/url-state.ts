import { boundedIntParam, layoutParam, optionalFlagParam, textParam, viewUrlState } from '../state/url-params.js';
import type { LayoutName } from '../state/vocabulary.js';

/** Crosswalk's reasoning bound, as the API's `satisfaction` and `controlsFor` take it. */
export const DEFAULT_MAX_HOPS = 3;
export const MAX_MAX_HOPS = 6;

/** What Crosswalk keeps in the URL. */
export interface CrosswalkUrlState {
  /** The control, article or obligation picked. */
  subject: string | null;
  layout: LayoutName;
  /** The result whose explaining paths are shown. */
  focus: string | null;
  /** The longest reasoning path in edges (1–6); DEFAULT_MAX_HOPS when absent. */
  maxHops?: number;
  /** Also list results whose composed relationship is indeterminate. */
  indeterminate?: boolean;
}

const DEFAULT_LAYOUT: LayoutName = 'dagre';

export const crosswalkUrlState = viewUrlState<CrosswalkUrlState>({
  subject: textParam('subject'),
  layout: layoutParam(DEFAULT_LAYOUT),
  focus: textParam('focus'),
  maxHops: boundedIntParam('hops', MAX_MAX_HOPS, DEFAULT_MAX_HOPS),
  indeterminate: optionalFlagParam('indeterminate'),
});
