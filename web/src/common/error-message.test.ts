import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { errorMessage } from './error-message.js';

describe('errorMessage', () => {
  it('points to the key dialog when the API wants a key', () => {
    const error = new CombinedError({
      graphQLErrors: [{ message: 'An API key is required.', extensions: { code: 'UNAUTHENTICATED' } }],
      response: { status: 401 },
    });
    expect(errorMessage(error)).toMatch(/API key/);
    const proxy = new CombinedError({ networkError: new Error('Unauthorized'), response: { status: 401 } });
    expect(errorMessage(proxy)).toMatch(/API key/);
  });

  it('shows the API’s own message for FORBIDDEN, as for other refusals', () => {
    const error = new CombinedError({
      graphQLErrors: [{ message: 'The VIEWER role may not run createApiKey.', path: ['createApiKey'], extensions: { code: 'FORBIDDEN' } }],
      response: { status: 200 },
    });
    expect(errorMessage(error)).toBe('The VIEWER role may not run createApiKey.');
  });

  it('says when the API cannot be reached or the database is away', () => {
    expect(errorMessage(new CombinedError({ networkError: new TypeError('Failed to fetch') }))).toMatch(/cannot be reached/);
    expect(errorMessage(new CombinedError({ graphQLErrors: [{ message: 'x', extensions: { code: 'DATABASE_UNAVAILABLE' } }] }))).toMatch(
      /not answering/,
    );
  });
});
