import {
  readBoundedInt,
  readLayout,
  readOptionalFlag,
  readText,
  writeBoundedInt,
  writeFlag,
  writeLayout,
  writeText,
  type ViewUrlState,
} from '../state/url-params.js';
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

export const crosswalkUrlState: ViewUrlState<CrosswalkUrlState> = {
  defaults: { subject: null, layout: DEFAULT_LAYOUT, focus: null },
  parse: (params) => ({
    subject: readText(params, 'subject'),
    layout: readLayout(params, DEFAULT_LAYOUT),
    focus: readText(params, 'focus'),
    ...readBoundedInt(params, 'hops', 'maxHops', MAX_MAX_HOPS, DEFAULT_MAX_HOPS),
    ...readOptionalFlag(params, 'indeterminate', 'indeterminate'),
  }),
  format: (state, params) => {
    writeText(params, 'subject', state.subject);
    writeLayout(params, state.layout, DEFAULT_LAYOUT);
    writeText(params, 'focus', state.focus);
    writeBoundedInt(params, 'hops', state.maxHops, DEFAULT_MAX_HOPS);
    writeFlag(params, 'indeterminate', state.indeterminate);
  },
};
