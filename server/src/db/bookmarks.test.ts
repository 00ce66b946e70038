import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { BOOKMARK_HEADER, decodeBookmarks, encodeBookmarks } from './bookmarks.js';

const refusal = (header: string) => {
  try {
    decodeBookmarks(header);
  } catch (error) {
    return (error as GraphQLError).extensions;
  }
  throw new Error(`accepted ${header}`);
};

describe('bookmark header', () => {
  it('round-trips any bookmark text, commas and colons included', () => {
    const bookmarks = ['FB:kcwQ6X3mPm0dQ9KV5tJ8fYy2QZA=:17', 'neo4j:bookmark:v1:tx42,tx43'];
    const header = encodeBookmarks(bookmarks);
    expect(header).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeBookmarks(header)).toEqual(bookmarks);
  });

  it('sends nothing back without the header', () => {
    expect(decodeBookmarks(undefined)).toEqual([]);
    expect(decodeBookmarks('')).toEqual([]);
  });

  it('refuses what no answer carried, naming the header', () => {
    for (const header of ['not base64!', Buffer.from('{"a":1}').toString('base64url'), encodeBookmarks(['']), 'x'.repeat(5000)]) {
      expect(refusal(header)).toMatchObject({ code: 'BAD_USER_INPUT', field: BOOKMARK_HEADER });
    }
    expect(refusal(Buffer.from('[1,2]').toString('base64url'))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
