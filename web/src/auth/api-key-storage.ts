// The API key lives in the tab's sessionStorage: it survives a reload, and closing the tab forgets it.
// Never in the URL, localStorage or a cookie, so it is not shared with other tabs or sent anywhere but the API.

/** The sessionStorage entry that holds the key. */
export const API_KEY_STORAGE_KEY = 'crosswalk.apiKey';

/** The part of the Web Storage API these helpers use (sessionStorage in the page, a Map in tests). */
export type KeyStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The page's sessionStorage, or null where the browser refuses access (some privacy modes throw). */
function tabStorage(): KeyStorage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/** The key stored for this tab, or null. */
export function readApiKey(storage: KeyStorage | null = tabStorage()): string | null {
  try {
    const key = storage?.getItem(API_KEY_STORAGE_KEY)?.trim();
    return key ? key : null;
  } catch {
    return null;
  }
}

/** Keeps `key` (trimmed) for this tab; answers the key kept, or null for a blank one. */
export function storeApiKey(key: string, storage: KeyStorage | null = tabStorage()): string | null {
  const trimmed = key.trim();
  if (!trimmed) return null;
  try {
    storage?.setItem(API_KEY_STORAGE_KEY, trimmed);
  } catch {
    // Storage full or refused: the key still works until the tab reloads.
  }
  return trimmed;
}

/** Removes the key from this tab. */
export function forgetApiKey(storage: KeyStorage | null = tabStorage()): void {
  try {
    storage?.removeItem(API_KEY_STORAGE_KEY);
  } catch {
    // Nothing stored that could be read back.
  }
}

/** The headers a request carries for `key` (none without one). */
export function authorizationHeaders(key: string | null): Record<string, string> {
  return key ? { authorization: `Bearer ${key}` } : {};
}
