import { describe, expect, it } from 'vitest';
import { BOOKMARK_HEADER, bookmarkingFetch } from './bookmark-fetch.js';

describe('bookmarkingFetch', () => {
  it("sends the latest write's bookmark with every later request, keeping the caller's headers", async () => {
    const sent: (string | null)[] = [];
    const answers = ['bm-1', null, 'bm-2', null];
    const fetchLike: typeof fetch = async (_input, init) => {
      const headers = new Headers(init?.headers);
      sent.push(headers.get(BOOKMARK_HEADER));
      expect(headers.get('authorization')).toBe('Bearer k');
      const bookmark = answers.shift();
      return new Response('{}', { headers: bookmark ? { [BOOKMARK_HEADER]: bookmark } : {} });
    };
    const fetchWithBookmarks = bookmarkingFetch(fetchLike);
    for (let request = 0; request < 5; request += 1) {
      await fetchWithBookmarks('/graphql', { method: 'POST', headers: { authorization: 'Bearer k' } });
    }
    expect(sent).toEqual([null, 'bm-1', 'bm-1', 'bm-2', 'bm-2']);
  });
});
