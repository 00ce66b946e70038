import { describe, expect, it } from 'vitest';
import { asksForApplicationJson } from './status.js';

describe('asksForApplicationJson', () => {
  it('is a client naming application/json ahead of application/graphql-response+json', () => {
    expect(asksForApplicationJson('application/json')).toBe(true);
    expect(asksForApplicationJson('application/json, application/graphql-response+json')).toBe(true);
    expect(asksForApplicationJson('application/graphql-response+json;q=0.5, application/json')).toBe(true);
    expect(asksForApplicationJson('Application/JSON; charset=utf-8')).toBe(true);
  });

  it('is not a client preferring the GraphQL media type, naming no type, or refusing JSON', () => {
    expect(asksForApplicationJson(undefined)).toBe(false);
    expect(asksForApplicationJson('')).toBe(false);
    expect(asksForApplicationJson('*/*')).toBe(false);
    expect(asksForApplicationJson('application/graphql-response+json')).toBe(false);
    expect(asksForApplicationJson('application/graphql-response+json, application/json;q=0.9')).toBe(false);
    expect(asksForApplicationJson('application/graphql-response+json, application/json')).toBe(false);
    expect(asksForApplicationJson('application/json;q=0, */*')).toBe(false);
  });
});
