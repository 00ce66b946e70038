import { useQuery } from 'urql';
import { useApiKey } from './ApiKeyProvider.js';
import type { AccessRole } from '../gql/graphql.js';
import { ViewerQuery } from './queries.js';

const ROLE_NAMES: Record<AccessRole, string> = { VIEWER: 'viewer', EDITOR: 'editor', AUDITOR: 'auditor', ADMIN: 'admin' };

/**
 * The header's part of the key: who the API takes you for and "Forget key" while a key is in use,
 * "Enter API key" after the dialog was closed without one, nothing for anonymous reading.
 */
export function ApiKeyStatus() {
  const { state, reopen, forget } = useApiKey();
  // Asked as soon as a key is in use: also the first answer that tells whether a new key works.
  const [viewer] = useQuery({ query: ViewerQuery, pause: state.key === null });

  if (state.prompt !== 'hidden' && state.dismissed) {
    return (
      <div className="api-key-status">
        <button type="button" onClick={reopen}>
          Enter API key
        </button>
      </div>
    );
  }
  if (state.key === null || state.prompt !== 'hidden') return null;
  const who = viewer.data?.viewer;
  return (
    <div className="api-key-status" role="group" aria-label="API key">
      <span>
        {who ? (
          <>
            Signed in as <strong>{who.actor}</strong> · {ROLE_NAMES[who.role]}
          </>
        ) : (
          'Using an API key'
        )}
      </span>
      <button type="button" onClick={forget}>
        Forget key
      </button>
    </div>
  );
}
