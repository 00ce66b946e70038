import { existsSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import type { Driver } from 'neo4j-driver';
import type { Context } from '../context.js';
import { neo4jVersion } from '../system/health.js';
import { loadTypeDefs, resolvers } from './schema.js';

export interface AppOptions {
  driver: Driver;
  database: string;
  /** The explorer's production build; a placeholder page is served while it is absent. */
  webDist: string;
}

export interface App {
  express: Express;
  apollo: ApolloServer<Context>;
}

const PLACEHOLDER_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Crosswalk</title></head>
<body><main><h1>Crosswalk</h1>
<p>The explorer has not been built yet (<code>pnpm --filter @crosswalk/web build</code>).
The GraphQL API answers at <a href="/graphql">/graphql</a>.</p></main></body></html>`;

export async function createApp(options: AppOptions): Promise<App> {
  const apollo = new ApolloServer<Context>({ typeDefs: await loadTypeDefs(), resolvers });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_request, response) => {
    response.json({ status: 'ok' });
  });
  // Ready means the database answers too; load balancers and the start script poll this.
  app.get('/ready', async (_request, response) => {
    const version = await neo4jVersion(options.driver, options.database);
    response.status(version ? 200 : 503).json({ ready: Boolean(version), neo4j: version });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async () => ({ driver: options.driver, database: options.database }),
    }),
  );
  const indexFile = path.join(options.webDist, 'index.html');
  app.use(express.static(options.webDist, { index: false }));
  app.get('/{*path}', (_request, response) => {
    if (existsSync(indexFile)) response.sendFile(indexFile);
    else response.type('html').send(PLACEHOLDER_PAGE);
  });
  return { express: app, apollo };
}
