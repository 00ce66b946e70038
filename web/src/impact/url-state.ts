import { flagParam, layoutParam, listParam, textParam, viewUrlState } from '../state/url-params.js';
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

export const impactUrlState = viewUrlState<ImpactUrlState>({
  subject: textParam('subject'),
  kinds: listParam('kind', NODE_KINDS),
  layout: layoutParam(DEFAULT_LAYOUT),
  focus: textParam('focus'),
  whatIf: flagParam('whatIf'),
});
