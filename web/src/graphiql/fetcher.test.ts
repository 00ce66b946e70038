import { describe, expect, it } from 'vitest';
import { requestHeaders } from './fetcher.js';

describe('GraphiQL request headers', () => {
  it('sends JSON and the headers pane’s headers', () => {
    expect(requestHeaders({ 'x-trace': 7 }, null)).toEqual({
      accept: 'application/graphql-response+json, application/json',
      'content-type': 'application/json',
      'x-trace': '7',
    });
  });

  it('sends the tab’s API key as a bearer token', () => {
    expect(requestHeaders(undefined, 'cwk_tab').authorization).toBe('Bearer cwk_tab');
  });

  it('lets an Authorization header in the pane win, whatever its case', () => {
    const headers = requestHeaders({ Authorization: 'Bearer cwk_pane' }, 'cwk_tab');
    expect(headers.Authorization).toBe('Bearer cwk_pane');
    expect(headers.authorization).toBeUndefined();
  });
});
