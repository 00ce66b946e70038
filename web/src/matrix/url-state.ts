import { readOptionalFlag, readText, writeFlag, writeText, type ViewUrlState } from '../state/url-params.js';

/** What the Matrix keeps in the URL. */
export interface MatrixUrlState {
  /** The mapping whose cell is open. */
  focus: string | null;
  /** Every article and clause, not only those with a mapping. */
  showAll?: boolean;
}

export const matrixUrlState: ViewUrlState<MatrixUrlState> = {
  defaults: { focus: null },
  parse: (params) => ({ focus: readText(params, 'focus'), ...readOptionalFlag(params, 'all', 'showAll') }),
  format: (state, params) => {
    writeText(params, 'focus', state.focus);
    writeFlag(params, 'all', state.showAll);
  },
};
