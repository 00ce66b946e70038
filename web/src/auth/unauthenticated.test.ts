import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { isForbidden, isUnauthenticated } from './unauthenticated.js';

function answer(status: number, errors: { message: string; extensions?: Record<string, unknown> }[]): CombinedError {
  return new CombinedError({ graphQLErrors: errors, response: { status } });
}

describe('isUnauthenticated', () => {
  it('spots the API’s 401 with UNAUTHENTICATED', () => {
    expect(isUnauthenticated(answer(401, [{ message: 'An API key is required.', extensions: { code: 'UNAUTHENTICATED' } }]))).toBe(true);
  });

  it('spots a 401 without a GraphQL body (a proxy’s), and the code without the status', () => {
    expect(isUnauthenticated(new CombinedError({ networkError: new Error('Unauthorized'), response: { status: 401 } }))).toBe(true);
    expect(isUnauthenticated(answer(200, [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }]))).toBe(true);
  });

  it('spots a write refused at the GraphQL level for want of a key (200, data null), so the key dialog opens', () => {
    const refusedWrite = answer(200, [
      {
        message: 'Without a key this API only reads; the mutation createVendor needs a key of role EDITOR or ADMIN.',
        extensions: { code: 'UNAUTHENTICATED', field: 'createVendor', requiredRoles: ['EDITOR', 'ADMIN'] },
      },
    ]);
    expect(isUnauthenticated(refusedWrite)).toBe(true);
    expect(isForbidden(refusedWrite)).toBe(false);
  });

  it('leaves every other answer alone', () => {
    expect(isUnauthenticated(undefined)).toBe(false);
    expect(isUnauthenticated(null)).toBe(false);
    expect(isUnauthenticated(new Error('Failed to fetch'))).toBe(false);
    expect(isUnauthenticated(answer(200, [{ message: 'Your role may not do this.', extensions: { code: 'FORBIDDEN' } }]))).toBe(false);
    expect(isUnauthenticated(answer(429, [{ message: 'Slow down.', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 3 } }]))).toBe(
      false,
    );
    expect(isUnauthenticated(answer(503, [{ message: 'Neo4j away.', extensions: { code: 'DATABASE_UNAVAILABLE' } }]))).toBe(false);
  });
});

describe('isForbidden', () => {
  it('is the FORBIDDEN code, not a missing key', () => {
    expect(isForbidden(answer(200, [{ message: 'Your role may not do this.', extensions: { code: 'FORBIDDEN' } }]))).toBe(true);
    expect(isForbidden(answer(401, [{ message: 'An API key is required.', extensions: { code: 'UNAUTHENTICATED' } }]))).toBe(false);
    expect(isForbidden(new Error('Failed to fetch'))).toBe(false);
  });
});
