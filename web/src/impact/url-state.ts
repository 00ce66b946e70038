import {
  readFlag,
  readLayout,
  readList,
  readText,
  writeFlag,
  writeLayout,
  writeList,
  writeText,
  type ViewUrlState,
} from '../state/url-params.js';
import { NODE_KINDS, type Kind, type LayoutName } from '../state/vocabulary.js';

/** What Impact keeps in the URL. */
export interface ImpactUrlState {
  /** The changed node. */
  subject: string | null;
  /** Kinds of affected items shown (every one when empty). */
  kinds: Kind[];
  layout: LayoutName;
  /** The affected item whose path is highlighted. */
  focus: string | null;
  /** Show the coverage difference if the changed node were removed. */
  whatIf: boolean;
}

const DEFAULT_LAYOUT: LayoutName = 'dagre';

export const impactUrlState: ViewUrlState<ImpactUrlState> = {
  defaults: { subject: null, kinds: [], layout: DEFAULT_LAYOUT, focus: null, whatIf: false },
  parse: (params) => ({
    subject: readText(params, 'subject'),
    kinds: readList(params, 'kind', NODE_KINDS),
    layout: readLayout(params, DEFAULT_LAYOUT),
    focus: readText(params, 'focus'),
    whatIf: readFlag(params, 'whatIf'),
  }),
  format: (state, params) => {
    writeText(params, 'subject', state.subject);
    writeList(params, 'kind', state.kinds);
    writeLayout(params, state.layout, DEFAULT_LAYOUT);
    writeText(params, 'focus', state.focus);
    writeFlag(params, 'whatIf', state.whatIf);
  },
};
