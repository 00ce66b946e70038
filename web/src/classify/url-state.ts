import { readBoundedInt, readText, writeBoundedInt, writeText, type ViewUrlState } from '../state/url-params.js';

/** The most sections a questionnaire is expected to have (bounds `section` in the URL). */
const MAX_CLASSIFY_SECTION = 99;

/** What Classify keeps in the URL. */
export interface ClassifyUrlState {
  /** The AI system classified. */
  subject: string | null;
  /** The questionnaire's section shown (1-based); the first when absent. */
  section?: number;
}

export const classifyUrlState: ViewUrlState<ClassifyUrlState> = {
  defaults: { subject: null },
  parse: (params) => ({ subject: readText(params, 'subject'), ...readBoundedInt(params, 'section', 'section', MAX_CLASSIFY_SECTION, 1) }),
  format: (state, params) => {
    writeText(params, 'subject', state.subject);
    writeBoundedInt(params, 'section', state.section, 1);
  },
};
