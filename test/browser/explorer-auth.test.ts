import { randomBytes } from 'node:crypto';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startExplorer, type Explorer } from '../support/explorer.js';

// The explorer against an API that wants a key for everything: it asks for one in a dialog, refuses
// a wrong one, reads with the right one (kept in the tab's sessionStorage only, never in a URL), and
// forgets it on request. Against an API that reads anonymously, nothing of this shows.
const ADMIN_KEY = `test-admin-${randomBytes(24).toString('hex')}`;
const EXAMPLE_SYSTEM = 'system:credit-scoring';

let explorer: Explorer;

beforeAll(async () => {
  explorer = await startExplorer({ auth: { anonymous: 'off', adminKey: ADMIN_KEY } });
});

afterAll(async () => {
  // The keys made here go, as the audit trail's test does with its own.
  await explorer?.api.cypher("MATCH (k:ApiKey) WHERE k.name STARTS WITH 'explorer test ' DETACH DELETE k");
  await explorer?.close();
});

/** A new VIEWER key, made through the API with the admin key, and who the API takes it for. */
async function createViewerKey(): Promise<{ key: string; actor: string }> {
  const created = await explorer.api.gql<{ createApiKey: { key: string } }>(
    'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id role } } }',
    { input: { name: `explorer test ${randomBytes(4).toString('hex')}`, role: 'VIEWER' } },
    { key: ADMIN_KEY },
  );
  expect(created.body.errors, JSON.stringify(created.body.errors)).toBeUndefined();
  const key = created.body.data!.createApiKey.key;
  const viewer = await explorer.api.gql<{ viewer: { actor: string; role: string } }>('{ viewer { actor role } }', {}, { key });
  expect(viewer.body.data?.viewer.role).toBe('VIEWER');
  return { key, actor: viewer.body.data!.viewer.actor };
}

/** The example AI system's name, as the API gives it. */
async function exampleSystemName(): Promise<string> {
  const answer = await explorer.api.gql<{ node: { name: string } | null }>(
    'query ($id: ID!) { node(id: $id) { ... on AISystem { name } } }',
    { id: EXAMPLE_SYSTEM },
    { key: ADMIN_KEY },
  );
  expect(answer.body.data?.node, 'the demo organisation is loaded').toBeTruthy();
  return answer.body.data!.node!.name;
}

async function storedKey(page: Page): Promise<string | null> {
  return page.evaluate(() =>
    (globalThis as unknown as { sessionStorage: { getItem(name: string): string | null } }).sessionStorage.getItem('crosswalk.apiKey'),
  );
}

/** Everything the page keeps beyond sessionStorage where a key could leak: localStorage and cookies. */
async function keptElsewhere(page: Page): Promise<string> {
  const local = await page.evaluate(() => JSON.stringify((globalThis as unknown as { localStorage: Record<string, string> }).localStorage));
  const cookies = JSON.stringify(await page.context().cookies());
  return `${local} ${cookies}`;
}

describe('Explorer with an API that wants a key', () => {
  it('asks for a key, refuses a wrong one, reads with a right one across a reload, and forgets it', async () => {
    const { key, actor } = await createViewerKey();
    const systemName = await exampleSystemName();
    const wrongKey = `cwk_${'0'.repeat(12)}_${'A'.repeat(43)}`;

    const page = await explorer.open('/');
    const urls: string[] = [page.url()];
    const graphqlRequests: Request[] = [];
    page.on('request', (request) => {
      urls.push(request.url());
      if (new URL(request.url()).pathname === '/graphql') graphqlRequests.push(request);
    });
    page.on('framenavigated', (frame) => urls.push(frame.url()));

    // The first answer is 401: the dialog asks for a key.
    const dialog = page.getByRole('dialog', { name: 'An API key is needed' });
    await dialog.waitFor({ timeout: 30_000 });
    const input = dialog.getByLabel('API key');
    expect(await input.getAttribute('type')).toBe('password');
    await expect.poll(() => dialog.innerText()).toMatch(/this browser tab only[\s\S]*Keys and roles/);
    await explorer.screenshot(page, 'explorer-auth-dialog');

    // A wrong key: refused, said so, and not kept.
    await input.fill(wrongKey);
    await dialog.getByRole('button', { name: 'Use key' }).click();
    await dialog.getByText('That key was not accepted').waitFor({ timeout: 30_000 });
    expect(await storedKey(page)).toBeNull();
    await explorer.screenshot(page, 'explorer-auth-refused');

    // The right key: the dialog closes, the page's queries run again with it, the header names the caller.
    await input.fill(key);
    await dialog.getByRole('button', { name: 'Use key' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 30_000 });
    await page.getByRole('link', { name: `The gaps of ${systemName}` }).waitFor({ timeout: 60_000 });
    const status = page.getByRole('group', { name: 'API key' });
    await expect.poll(() => status.innerText(), { timeout: 30_000 }).toContain(`Signed in as ${actor}`);
    expect(await status.innerText()).toContain('viewer');
    expect(await storedKey(page)).toBe(key);
    const lastRequest = graphqlRequests.at(-1)!;
    expect(await lastRequest.headerValue('authorization')).toBe(`Bearer ${key}`);
    await explorer.screenshot(page, 'explorer-auth');

    // A reload keeps the key (sessionStorage): no dialog, data and the caller straight away.
    await page.reload();
    await page.getByRole('link', { name: `The gaps of ${systemName}` }).waitFor({ timeout: 60_000 });
    await expect.poll(() => status.innerText(), { timeout: 30_000 }).toContain(`Signed in as ${actor}`);
    expect(await dialog.count()).toBe(0);

    // Another view reads with it too: a search hit.
    await page.getByRole('combobox', { name: 'Search' }).fill(systemName.split(' ')[0]!);
    await page.getByRole('option', { name: systemName }).first().waitFor({ timeout: 30_000 });

    // Forget key: gone from the tab, and the dialog is back.
    await status.getByRole('button', { name: 'Forget key' }).click();
    await dialog.waitFor({ timeout: 30_000 });
    expect(await storedKey(page)).toBeNull();

    // Nowhere but the Authorization header: no URL the page opened or requested holds the key.
    for (const secret of [key, wrongKey]) {
      expect(urls.filter((url) => url.includes(secret))).toEqual([]);
    }
    expect(await keptElsewhere(page)).not.toContain(key);
    await page.close();
  });

  it('works with the admin key as well, and takes the key dialog from the keyboard, closed and opened again', async () => {
    const admin = await explorer.api.gql<{ viewer: { actor: string } }>('{ viewer { actor } }', {}, { key: ADMIN_KEY });
    const adminActor = admin.body.data!.viewer.actor;
    const page = await explorer.open('/?view=gaps');
    const dialog = page.getByRole('dialog', { name: 'An API key is needed' });
    await dialog.waitFor({ timeout: 30_000 });
    // Escape closes it; the page says what is missing and the header opens it again.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('alert').filter({ hasText: 'needs an API key' }).first().waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Enter API key' }).click();
    await dialog.waitFor();
    // The dialog has the focus on its key field: type and press Enter.
    await page.keyboard.type(ADMIN_KEY);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden', timeout: 30_000 });
    await page.getByRole('region', { name: 'Obligations per AI system' }).getByRole('table').first().waitFor({ timeout: 60_000 });
    await expect
      .poll(() => page.getByRole('group', { name: 'API key' }).innerText(), { timeout: 30_000 })
      .toContain(`Signed in as ${adminActor} · admin`);
    expect(page.url()).not.toContain(ADMIN_KEY);
    await page.close();
  });

  it('lends the tab’s key to GraphiQL opened from the header', async () => {
    const { key } = await createViewerKey();
    const page = await explorer.open('/');
    const dialog = page.getByRole('dialog', { name: 'An API key is needed' });
    await dialog.getByLabel('API key').fill(key);
    await dialog.getByRole('button', { name: 'Use key' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 30_000 });
    // The header's link, in the same tab: GraphiQL's default query runs with the tab's key.
    await page.getByRole('link', { name: 'GraphQL API' }).click();
    // The result editor renders spaces as non-breaking ones: compare with whitespace folded. The run
    // button may be pressed before the IDE is ready: press until a result shows.
    const result = async () => (await page.locator('.result-window').innerText()).replace(/\s+/g, ' ');
    await expect
      .poll(
        async () => {
          const text = await result();
          if (!text.includes('"data"') && !text.includes('"errors"')) await page.locator('.graphiql-execute-button').click();
          return text;
        },
        { timeout: 45_000, interval: 1000 },
      )
      .toContain('"id": "iso42001"');
    expect(page.url()).not.toContain(key);
    await page.close();
  });
});

describe('Explorer with an API that reads anonymously', () => {
  it('shows no dialog and no key control', async () => {
    const anonymous = await startExplorer({ auth: { anonymous: 'loopback-read', adminKey: ADMIN_KEY } });
    try {
      const page = await anonymous.open('/');
      const answer = await anonymous.api.gql<{ node: { name: string } | null }>(
        'query ($id: ID!) { node(id: $id) { ... on AISystem { name } } }',
        { id: EXAMPLE_SYSTEM },
        { key: null },
      );
      expect(answer.body.errors, JSON.stringify(answer.body.errors)).toBeUndefined();
      const systemName = answer.body.data!.node!.name;
      await page.getByRole('link', { name: `The gaps of ${systemName}` }).waitFor({ timeout: 60_000 });
      expect(await page.getByRole('dialog').count()).toBe(0);
      expect(await page.getByRole('group', { name: 'API key' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /API key|Forget key/ }).count()).toBe(0);
      await page.close();
    } finally {
      await anonymous.close();
    }
  });
});
