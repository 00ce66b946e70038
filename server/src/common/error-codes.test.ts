import { readFile } from 'node:fs/promises';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { HTTP_STATUS, httpHeaders, isErrorCode, wholeAnswerCode } from './error-codes.js';

describe('the error codes', () => {
  it('are exactly the SDL enum ErrorCode, each with a status', async () => {
    const sdl = await readFile(new URL('./schema.graphql', import.meta.url), 'utf8');
    const type = buildSchema(sdl, { assumeValidSDL: true }).getType('ErrorCode');
    expect(isEnumType(type)).toBe(true);
    const declared = isEnumType(type) ? type.getValues().map((value) => value.name) : [];
    expect(Object.keys(HTTP_STATUS).sort()).toEqual([...declared].sort());
    for (const value of isEnumType(type) ? type.getValues() : []) expect(value.description, value.name).toBeTruthy();
  });

  it('give 503s a Retry-After, and let only a lost database decide an answer GraphQL ran', () => {
    expect(HTTP_STATUS.DATABASE_UNAVAILABLE).toBe(503);
    expect(httpHeaders('DATABASE_UNAVAILABLE').get('retry-after')).toBe('2');
    expect(httpHeaders('IDENTITY_PROVIDER_UNAVAILABLE').get('retry-after')).toBe('2');
    expect(httpHeaders('UNAUTHENTICATED').size).toBe(0);
    expect(wholeAnswerCode(['NOT_FOUND', 'DATABASE_UNAVAILABLE'])).toBe('DATABASE_UNAVAILABLE');
    expect(wholeAnswerCode(['FORBIDDEN', 'QUERY_TIMEOUT', undefined])).toBeUndefined();
    expect(isErrorCode('CONFLICT')).toBe(true);
    expect(isErrorCode('toString')).toBe(false);
  });
});
