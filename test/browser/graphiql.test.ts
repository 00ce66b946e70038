import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { launchChromium } from '../support/browser.js';
import { explorerBuild } from '../support/explorer.js';

// The browser IDE on GET /graphql, in a real headless Chromium: it loads from this server alone and
// runs a query against the API.
let api: TestApi;
let browser: Browser;

beforeAll(async () => {
  api = await startTestApi({ webDist: explorerBuild() });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
});

describe('GraphiQL in a browser', () => {
  it('opens on /graphql from this origin only and answers a query typed into it', async () => {
    const page = await browser.newPage();
    const foreign: string[] = [];
    const failures: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(api.url) && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    page.on('requestfailed', (request) => failures.push(`${request.url()} ${request.failure()?.errorText}`));
    const query = '{ frameworks { totalCount nodes { id } } }';
    await page.goto(`${api.url}/graphql?query=${encodeURIComponent(query)}`);
    // The result editor renders spaces as non-breaking ones: compare with whitespace folded.
    const result = async () => (await page.locator('.result-window').innerText()).replace(/\s+/g, ' ');
    // The run button may be pressed before the IDE has read the query from the URL and the schema:
    // press it again until a result shows.
    await expect
      .poll(
        async () => {
          const text = await result();
          if (!text.includes('totalCount')) await page.locator('.graphiql-execute-button').click();
          return text;
        },
        { timeout: 45_000, interval: 1000 },
      )
      .toContain('"totalCount": 2,');
    expect(await result()).toContain('"id": "iso42001"');
    expect(foreign).toEqual([]);
    expect(failures).toEqual([]);
    await page.close();
  });
});
