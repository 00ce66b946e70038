import type { CombinedError } from 'urql';
import type { ReactNode } from 'react';
import { errorMessage } from './error-message.js';

export function Loading({ what }: { what: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> Loading {what}…
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return (
    <div className="empty" role="status">
      {children}
    </div>
  );
}

/** What went wrong, in words a user can act on, and a retry. */
export function ErrorState({ error, retry, what }: { error: CombinedError | Error; retry?: () => void; what: string }) {
  const message = errorMessage(error);
  return (
    <div className="error" role="alert">
      <strong>Could not load {what}.</strong> <span>{message}</span>
      {retry && (
        <button type="button" onClick={retry}>
          Retry
        </button>
      )}
    </div>
  );
}
