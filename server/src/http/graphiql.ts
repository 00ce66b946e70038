import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Crosswalk GraphQL</title></head>
<body><main><h1>Crosswalk GraphQL</h1>
<p>GraphiQL, the in-browser IDE, has not been built yet (<code>pnpm --filter @crosswalk/web build</code>).
Meanwhile POST <code>{"query": "…"}</code> as JSON to this address.</p></main></body></html>`;

/**
 * What a browser gets on GET /graphql (Apollo serves the landing page when the request prefers HTML):
 * GraphiQL from the explorer's build (web/graphiql.html), not Apollo's default page, which loads
 * Sandbox from a CDN; nothing here reaches the internet. Read per request, so a rebuild shows at once.
 */
export function graphiqlLandingPage(webDist: string): ApolloServerPlugin {
  const page = path.join(webDist, 'graphiql.html');
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html: () => readFile(page, 'utf8').catch(() => NOT_BUILT_PAGE) };
        },
      };
    },
  };
}

/**
 * The browser itself holds the page to this server: scripts, styles, fonts, workers and requests from
 * this origin only (Monaco sets inline styles and embeds fonts as data: URLs). Harmless on JSON answers.
 */
const GRAPHIQL_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const graphiqlContentSecurityPolicy: RequestHandler = (request, response, next) => {
  if (request.method === 'GET') response.setHeader('content-security-policy', GRAPHIQL_CONTENT_SECURITY_POLICY);
  next();
};
