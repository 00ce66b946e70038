import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  type Dispatch,
  type ReactNode,
} from 'react';
import { Provider } from 'urql';
import { createApiClient } from '../api/client.js';
import { forgetApiKey, readApiKey, storeApiKey } from './api-key-storage.js';
import { ApiKeyDialog } from './ApiKeyDialog.js';
import { initialKeyState, keyReducer, keyRefused, type KeyEvent, type KeyState } from './key-state.js';

export interface ApiKeyControls {
  state: KeyState;
  /** Uses `key` from now on: stored for the tab, a new client, every page's queries run again. */
  submit(key: string): void;
  /** Closes the key dialog without a key. */
  dismiss(): void;
  /** Opens the key dialog again after it was closed. */
  reopen(): void;
  /** Removes the key from the tab and reloads: back to anonymous (or to the dialog). */
  forget(): void;
}

const ApiKeyContext = createContext<ApiKeyControls | null>(null);

export function useApiKey(): ApiKeyControls {
  const controls = useContext(ApiKeyContext);
  if (!controls) throw new Error('useApiKey needs an ApiKeyProvider above it.');
  return controls;
}

/**
 * The urql client, made for the key the tab holds, and the dialog that asks for one when the API
 * answers 401. Where the API reads anonymously, no answer is 401 and none of this shows.
 */
export function ApiKeyProvider({ children }: { children: ReactNode }) {
  const [state, dispatch] = useReducer(keyReducer, null, () => initialKeyState(readApiKey()));

  const previous = useRef(state);
  useEffect(() => {
    if (keyRefused(previous.current, state)) forgetApiKey();
    previous.current = state;
  }, [state]);

  const submit = useCallback((key: string) => {
    const stored = storeApiKey(key);
    if (stored) dispatch({ type: 'submitted', key: stored });
  }, []);
  const dismiss = useCallback(() => dispatch({ type: 'dismissed' }), []);
  const reopen = useCallback(() => dispatch({ type: 'reopened' }), []);
  const forget = useCallback(() => {
    forgetApiKey();
    window.location.reload();
  }, []);
  const controls = useMemo(() => ({ state, submit, dismiss, reopen, forget }), [state, submit, dismiss, reopen, forget]);

  return (
    <ApiKeyContext.Provider value={controls}>
      {/* A new key (a new generation) mounts the client and the pages again: every query, including the ones that failed, runs with it. */}
      <KeyedClient key={state.generation} apiKey={state.key} dispatch={dispatch}>
        {children}
      </KeyedClient>
      {state.prompt !== 'hidden' && !state.dismissed && <ApiKeyDialog prompt={state.prompt} onSubmit={submit} onDismiss={dismiss} />}
    </ApiKeyContext.Provider>
  );
}

/**
 * One client per generation, made once when it mounts: the provider keys this by the generation, so
 * every submitted key (even the same one again) brings a new client and mounts the pages again. The
 * client's answers say which key they were sent with, so a late answer to an older client's request
 * cannot reopen the dialog.
 */
function KeyedClient({ apiKey, dispatch, children }: { apiKey: string | null; dispatch: Dispatch<KeyEvent>; children: ReactNode }) {
  const [client] = useState(() =>
    createApiClient({
      apiKey,
      onAnswer: ({ unauthenticated }) => dispatch({ type: unauthenticated ? 'unauthenticated' : 'answered', sentKey: apiKey }),
    }),
  );
  return <Provider value={client}>{children}</Provider>;
}
