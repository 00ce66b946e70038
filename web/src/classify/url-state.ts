import { boundedIntParam, textParam, viewUrlState } from '../state/url-params.js';

/** The most sections a questionnaire is expected to have (bounds `section` in the URL). */
const MAX_CLASSIFY_SECTION = 99;

/** What Classify keeps in the URL. */
export interface ClassifyUrlState {
  /** The AI system classified. */
  subject: string | null;
  /** The questionnaire's section shown (1-based); the first when absent. */
  section?: number;
}

export const classifyUrlState = viewUrlState<ClassifyUrlState>({
  subject: textParam('subject'),
  section: boundedIntParam('section', MAX_CLASSIFY_SECTION, 1),
});
