import { readDate, readList, readText, writeList, writeText, type ViewUrlState } from '../state/url-params.js';
import { GAP_STATUSES, RISK_CLASSES, type GapStatusName, type RiskClassName } from '../state/vocabulary.js';

/** What Gaps keeps in the URL. */
export interface GapsUrlState {
  /** The AI system (every one when null). */
  subject: string | null;
  /** The day coverage is computed for (today when null), YYYY-MM-DD. */
  asOf: string | null;
  statuses: GapStatusName[];
  riskClasses: RiskClassName[];
  owner: string | null;
}

export const gapsUrlState: ViewUrlState<GapsUrlState> = {
  defaults: { subject: null, asOf: null, statuses: [], riskClasses: [], owner: null },
  parse: (params) => ({
    subject: readText(params, 'subject'),
    asOf: readDate(params, 'asOf'),
    statuses: readList(params, 'status', GAP_STATUSES),
    riskClasses: readList(params, 'risk', RISK_CLASSES),
    owner: readText(params, 'owner'),
  }),
  format: (state, params) => {
    writeText(params, 'subject', state.subject);
    writeText(params, 'asOf', state.asOf);
    writeList(params, 'status', state.statuses);
    writeList(params, 'risk', state.riskClasses);
    writeText(params, 'owner', state.owner);
  },
};
