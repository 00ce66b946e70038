import { optionalFlagParam, textParam, viewUrlState } from '../state/url-params.js';

/** What the Matrix keeps in the URL. */
export interface MatrixUrlState {
  /** The mapping whose cell is open. */
  focus: string | null;
  /** Every article and clause, not only those with a mapping. */
  showAll?: boolean;
}

export const matrixUrlState = viewUrlState<MatrixUrlState>({
  focus: textParam('focus'),
  showAll: optionalFlagParam('all'),
});
