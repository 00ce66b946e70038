import { dateParam, listParam, textParam, viewUrlState } from '../state/url-params.js';
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

export const gapsUrlState = viewUrlState<GapsUrlState>({
  subject: textParam('subject'),
  asOf: dateParam('asOf'),
  statuses: listParam('status', GAP_STATUSES),
  riskClasses: listParam('risk', RISK_CLASSES),
  owner: textParam('owner'),
});
