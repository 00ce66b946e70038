import { describe, expect, it } from 'vitest';
import { initialKeyState, keyReducer, keyRefused, type KeyEvent, type KeyState } from './key-state.js';

function run(state: KeyState, ...events: KeyEvent[]): KeyState {
  return events.reduce(keyReducer, state);
}

describe('the API key state', () => {
  it('stays out of the way while the API answers without a key (anonymous reading)', () => {
    const start = initialKeyState(null);
    const after = run(start, { type: 'answered', sentKey: null }, { type: 'answered', sentKey: null });
    expect(after).toBe(start);
    expect(after.prompt).toBe('hidden');
  });

  it('asks for a key when an answer without one is 401, checks a submitted key and closes on its first good answer', () => {
    const asking = run(initialKeyState(null), { type: 'unauthenticated', sentKey: null });
    expect(asking).toMatchObject({ prompt: 'asking', key: null, generation: 0 });
    const checking = keyReducer(asking, { type: 'submitted', key: ' cwk_good ' });
    expect(checking).toMatchObject({ prompt: 'checking', key: 'cwk_good', generation: 1 });
    expect(keyReducer(checking, { type: 'answered', sentKey: 'cwk_good' })).toMatchObject({ prompt: 'hidden', key: 'cwk_good' });
  });

  it('refuses a key the API answers 401 to, and says so once', () => {
    const checking = run(initialKeyState(null), { type: 'unauthenticated', sentKey: null }, { type: 'submitted', key: 'cwk_wrong' });
    const refused = keyReducer(checking, { type: 'unauthenticated', sentKey: 'cwk_wrong' });
    expect(refused.prompt).toBe('refused');
    expect(keyRefused(checking, refused)).toBe(true);
    const again = keyReducer(refused, { type: 'unauthenticated', sentKey: 'cwk_wrong' });
    expect(again).toBe(refused);
    expect(keyRefused(refused, again)).toBe(false);
    // Another try with a better key.
    const retried = run(refused, { type: 'submitted', key: 'cwk_good' }, { type: 'answered', sentKey: 'cwk_good' });
    expect(retried).toMatchObject({ prompt: 'hidden', key: 'cwk_good', generation: 2 });
  });

  it('refuses a stored key that stopped working (revoked, expired)', () => {
    const start = initialKeyState('cwk_revoked');
    const refused = keyReducer(start, { type: 'unauthenticated', sentKey: 'cwk_revoked' });
    expect(refused.prompt).toBe('refused');
    expect(keyRefused(start, refused)).toBe(true);
  });

  it('ignores late answers to requests sent with an older key, or before one', () => {
    const checking = run(initialKeyState(null), { type: 'unauthenticated', sentKey: null }, { type: 'submitted', key: 'cwk_good' });
    expect(keyReducer(checking, { type: 'unauthenticated', sentKey: null })).toBe(checking);
    expect(keyReducer(checking, { type: 'answered', sentKey: null })).toBe(checking);
    const using = keyReducer(checking, { type: 'answered', sentKey: 'cwk_good' });
    expect(keyReducer(using, { type: 'unauthenticated', sentKey: 'cwk_older' })).toBe(using);
  });

  it('keeps saying the key was refused while the page asks again without one', () => {
    const refused = run(initialKeyState('cwk_bad'), { type: 'unauthenticated', sentKey: 'cwk_bad' });
    expect(keyReducer(refused, { type: 'unauthenticated', sentKey: 'cwk_bad' }).prompt).toBe('refused');
  });

  it('closes the dialog on request and opens it again on the next 401 or from the header', () => {
    const asking = run(initialKeyState(null), { type: 'unauthenticated', sentKey: null });
    const dismissed = keyReducer(asking, { type: 'dismissed' });
    expect(dismissed).toMatchObject({ prompt: 'asking', dismissed: true });
    expect(keyReducer(dismissed, { type: 'unauthenticated', sentKey: null }).dismissed).toBe(false);
    expect(keyReducer(dismissed, { type: 'reopened' }).dismissed).toBe(false);
    // Nothing to dismiss while no dialog shows.
    const hidden = initialKeyState(null);
    expect(keyReducer(hidden, { type: 'dismissed' })).toBe(hidden);
  });

  it('takes no blank key', () => {
    const asking = run(initialKeyState(null), { type: 'unauthenticated', sentKey: null });
    expect(keyReducer(asking, { type: 'submitted', key: '   ' })).toBe(asking);
  });
});
