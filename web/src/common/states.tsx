import type { CombinedError } from 'urql';
import type { ReactNode } from 'react';

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
  const combined = error as CombinedError;
  const unreachable = Boolean(combined.networkError) || /fetch|network/i.test(error.message);
  const graphQLErrors = combined.graphQLErrors ?? [];
  const codes = new Set(graphQLErrors.map((item) => String(item.extensions?.code ?? '')));
  const message = unreachable
    ? 'The Crosswalk API cannot be reached. Is the server running (npm start)?'
    : codes.has('DATABASE_UNAVAILABLE')
      ? 'The graph database is not answering right now.'
      : graphQLErrors.length > 0
        ? graphQLErrors.map((item) => item.message).join(' ')
        : error.message;
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
