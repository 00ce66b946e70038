import { describe, expect, it } from 'vitest';
import { API_KEY_STORAGE_KEY, authorizationHeaders, forgetApiKey, readApiKey, storeApiKey, type KeyStorage } from './api-key-storage.js';

function memoryStorage(): KeyStorage & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: (name) => entries.get(name) ?? null,
    setItem: (name, value) => void entries.set(name, value),
    removeItem: (name) => void entries.delete(name),
  };
}

const throwing: KeyStorage = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

describe('API key storage', () => {
  it('keeps the trimmed key under crosswalk.apiKey, reads it back and forgets it', () => {
    const storage = memoryStorage();
    expect(readApiKey(storage)).toBeNull();
    expect(storeApiKey('  cwk_0123456789ab_secret \n', storage)).toBe('cwk_0123456789ab_secret');
    expect(API_KEY_STORAGE_KEY).toBe('crosswalk.apiKey');
    expect(storage.entries.get('crosswalk.apiKey')).toBe('cwk_0123456789ab_secret');
    expect(readApiKey(storage)).toBe('cwk_0123456789ab_secret');
    forgetApiKey(storage);
    expect(storage.entries.size).toBe(0);
    expect(readApiKey(storage)).toBeNull();
  });

  it('stores nothing for a blank key and reads a blank entry as none', () => {
    const storage = memoryStorage();
    expect(storeApiKey('   ', storage)).toBeNull();
    expect(storage.entries.size).toBe(0);
    storage.setItem(API_KEY_STORAGE_KEY, '  ');
    expect(readApiKey(storage)).toBeNull();
  });

  it('works without storage, and where the browser refuses it', () => {
    expect(readApiKey(null)).toBeNull();
    expect(readApiKey(throwing)).toBeNull();
    expect(storeApiKey('key', throwing)).toBe('key');
    expect(() => forgetApiKey(throwing)).not.toThrow();
  });

  it('sends the key as a bearer token, and no header without one', () => {
    expect(authorizationHeaders('cwk_abc')).toEqual({ authorization: 'Bearer cwk_abc' });
    expect(authorizationHeaders(null)).toEqual({});
  });
});
