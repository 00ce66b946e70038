import type { CombinedError } from 'urql';
import { errorMessage } from '../common/error-message.js';
import type { ErrorDetail } from './outcome.js';

/** The API's errors, each with the field it names and the question behind it; else the general message. */
export function ErrorDetails({ details, error }: { details: readonly ErrorDetail[]; error: CombinedError }) {
  if (details.length === 0) return <span>{errorMessage(error)}</span>;
  return (
    <ul className="error-details">
      {details.map((detail, index) => (
        <li key={index}>
          {detail.message}
          {detail.field && (
            <>
              {' '}
              <span className="hint">
                (field <code>{detail.field}</code>
                {detail.question && <>: “{detail.question.text}”</>})
              </span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
