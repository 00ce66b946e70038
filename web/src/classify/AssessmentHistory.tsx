import type { ClassificationAssessmentFieldsFragment } from '../gql/graphql.js';
import { Empty } from '../common/states.js';
import { assessedAtText, basisText, riskClassText } from './outcome.js';

/** The system's saved assessments, newest first; any one's answers can be loaded into the wizard. */
export function AssessmentHistory({
  assessments,
  onUse,
}: {
  assessments: readonly ClassificationAssessmentFieldsFragment[];
  onUse(assessment: ClassificationAssessmentFieldsFragment): void;
}) {
  return (
    <section className="classify-history" aria-labelledby="classify-history-heading">
      <h2 id="classify-history-heading">Previous assessments</h2>
      {assessments.length === 0 ? (
        <Empty>This system has not been classified with the questionnaire yet.</Empty>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Saved classification assessments, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Saved</th>
              <th scope="col">By</th>
              <th scope="col">Risk class</th>
              <th scope="col">Basis</th>
              <th scope="col">Answers</th>
            </tr>
          </thead>
          <tbody>
            {assessments.map((assessment) => (
              <tr key={assessment.id}>
                <td>
                  <time dateTime={assessment.assessedAt}>{assessedAtText(assessment.assessedAt)}</time>
                  {assessment.current && <span className="badge current">current</span>}
                </td>
                <td>{assessment.assessedBy}</td>
                <td>{riskClassText(assessment.result)}</td>
                <td>{basisText(assessment.result) ?? '—'}</td>
                <td>
                  <button type="button" onClick={() => onUse(assessment)}>
                    Use these answers<span className="visually-hidden"> (saved {assessedAtText(assessment.assessedAt)})</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
