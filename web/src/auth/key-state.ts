// What the explorer knows about its API key, as a reducer: which key requests carry, and what the
// key dialog says. Pure, so each transition has a unit test; the provider does the side effects.

export type KeyPrompt =
  /** No dialog: the API answers (with a key, or anonymously). */
  | 'hidden'
  /** An answer said a key is needed and none was sent. */
  | 'asking'
  /** A key was submitted; waiting for the first answer with it. */
  | 'checking'
  /** The API refused the key that was sent. */
  | 'refused';

export interface KeyState {
  /** The key the current client sends (null: requests go without one). */
  key: string | null;
  prompt: KeyPrompt;
  /** The user closed the dialog; the header offers it again until a key works. */
  dismissed: boolean;
  /** Grows with every submitted key: a new client, and the pages mounted again so every query re-runs. */
  generation: number;
}

export type KeyEvent =
  /** An answer was HTTP 401 / UNAUTHENTICATED; `sentKey` is the key its request carried. */
  | { type: 'unauthenticated'; sentKey: string | null }
  /** An answer got past authentication (data, or an error other than UNAUTHENTICATED). */
  | { type: 'answered'; sentKey: string | null }
  | { type: 'submitted'; key: string }
  | { type: 'dismissed' }
  | { type: 'reopened' };

export function initialKeyState(storedKey: string | null): KeyState {
  return { key: storedKey, prompt: 'hidden', dismissed: false, generation: 0 };
}

export function keyReducer(state: KeyState, event: KeyEvent): KeyState {
  switch (event.type) {
    case 'unauthenticated': {
      // An answer to a request sent with an older key (or before one) says nothing about this one.
      if (event.sentKey !== state.key) return state;
      if (event.sentKey === null) {
        const prompt = state.prompt === 'refused' ? 'refused' : 'asking';
        return state.prompt === prompt && !state.dismissed ? state : { ...state, prompt, dismissed: false };
      }
      return state.prompt === 'refused' && !state.dismissed ? state : { ...state, prompt: 'refused', dismissed: false };
    }
    case 'answered':
      if (event.sentKey !== state.key || state.prompt !== 'checking') return state;
      return { ...state, prompt: 'hidden', dismissed: false };
    case 'submitted': {
      const key = event.key.trim();
      if (!key) return state;
      return { key, prompt: 'checking', dismissed: false, generation: state.generation + 1 };
    }
    case 'dismissed':
      return state.prompt === 'hidden' ? state : { ...state, dismissed: true };
    case 'reopened':
      return { ...state, dismissed: false };
  }
}

/** The key is refused: the one the client sends must leave storage (the provider removes it). */
export function keyRefused(previous: KeyState, next: KeyState): boolean {
  return next.prompt === 'refused' && previous.prompt !== 'refused' && next.key !== null;
}
