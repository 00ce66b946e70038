import { existsSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import type { Driver } from 'neo4j-driver';
import type { ApolloServerPlugin } from '@apollo/server';
import { authenticate, type AuthOptions } from '../auth/authenticate.js';
import { applyFieldPolicy } from '../auth/policy.js';
import { Loaders } from '../common/queries.js';
import type { Context } from '../context.js';
import { GraphExecutor } from '../db/executor.js';
import { withInputField } from '../common/input-errors.js';
import { databaseUnavailable } from '../db/unavailable.js';
import { RETRY_AFTER_SECONDS } from '../common/error-codes.js';
import { DEFAULT_QUERY_TIMEOUT_MS } from '../config.js';
import { createReadinessCheck } from '../system/readiness.js';
import { corsFor } from './cors.js';
import { bodyParserErrors, createErrorFormatter, lastResortErrors, logToConsole, requireJsonPost, type ErrorLog } from './errors.js';
import { graphiqlContentSecurityPolicy, graphiqlLandingPage } from './graphiql.js';
import { DEFAULT_LIMITS, batchLimit, costLimitPlugin, limitValidationRules, type ApiLimits } from './limits.js';
import { knownOperationTypeRule } from './operation-types.js';
import { failedAuthenticationLimit, rateLimit } from './rate-limit.js';
import { loadTypeDefs, resolvers } from './schema.js';
import { errorStatusPlugin } from './status.js';
import { BOOKMARK_HEADER, decodeBookmarks, encodeBookmarks } from '../db/bookmarks.js';

export interface AppOptions {
  driver: Driver;
  database: string;
  /** Neo4j transaction timeout for every query of a request, the key lookup included (default 15 s); past it: QUERY_TIMEOUT. */
  transactionTimeoutMs?: number;
  /** Limits of one request; each unset one takes its default (DEFAULT_LIMITS). */
  limits?: Partial<ApiLimits>;
  /** Whether `__schema` and `__type` are answered (default true). */
  introspection?: boolean;
  /** Origins allowed to call /graphql from a browser ("*": any); default none, same origin only. */
  corsOrigins?: readonly string[];
  /** Development: error responses carry stack traces and unexpected errors' own messages (default false). */
  development?: boolean;
  /** Where unexpected errors are logged (default: stderr). */
  logError?: ErrorLog;
  /** The request's day (UTC, YYYY-MM-DD); tests may fix it. */
  today?: () => string;
  /**
   * False while the server waits for Neo4j or sets up the graph at start: /ready answers 503 and
   * GraphQL requests DATABASE_UNAVAILABLE (default: always true).
   */
  graphReady?: () => boolean;
  /** How long /ready reuses its last database check (default 1 s). */
  readinessCacheMs?: number;
  /** The explorer's production build; a placeholder page is served while it is absent. */
  webDist: string;
  /** Who may call (default: a key for everything, no anonymous access). */
  auth?: AuthOptions;
  /** Requests per caller per minute; 0 (the default here) turns the limit off. */
  rateLimitPerMinute?: number;
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

/** Reports how many Cypher queries a request ran, so round trips can be watched (and tested). */
const cypherQueryCountHeader: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        response.http.headers.set('x-cypher-queries', String(contextValue.db.queryCount));
        const bookmarks = contextValue.db.lastWriteBookmarks;
        if (bookmarks.length > 0) response.http.headers.set(BOOKMARK_HEADER, encodeBookmarks(bookmarks));
      },
    };
  },
};

export async function createApp(options: AppOptions): Promise<App> {
  const limits: ApiLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const development = options.development ?? false;
  const logError = options.logError ?? logToConsole;
  const formatErrors = createErrorFormatter({ development, log: logError });
  const transactionTimeoutMs = options.transactionTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS;
  const typeDefs = await loadTypeDefs();
  const apollo = new ApolloServer<Context>({
    typeDefs,
    resolvers: applyFieldPolicy(typeDefs, resolvers),
    // Refusing introspection is noIntrospectionRule's job (a code of its own and a message naming our
    // setting), so Apollo's own rule stays off.
    introspection: true,
    // GET and simple POSTs need a header a browser cannot send cross-site without a preflight.
    csrfPrevention: true,
    allowBatchedHttpRequests: limits.maxBatchSize > 0,
    includeStacktraceInErrorResponses: development,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [knownOperationTypeRule, ...limitValidationRules(limits, options.introspection ?? true)],
    // Variable coercion errors get the input field too, then the common masking applies.
    formatError: (formatted, error) => formatErrors(withInputField(formatted, error), error),
    plugins: [cypherQueryCountHeader, errorStatusPlugin, costLimitPlugin(limits.maxCost), graphiqlLandingPage(options.webDist)],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_request, response) => {
    response.json({ status: 'ok' });
  });
  // Ready means the database answers now and the graph is set up; load balancers poll this.
  const readiness = createReadinessCheck(options.driver, options.database, {
    ...(options.readinessCacheMs !== undefined ? { cacheMs: options.readinessCacheMs } : {}),
    ...(options.graphReady ? { graphReady: options.graphReady } : {}),
  });
  app.get('/ready', async (_request, response) => {
    const answer = await readiness();
    if (!answer.ready) response.set('retry-after', String(RETRY_AFTER_SECONDS));
    response.status(answer.ready ? 200 : 503).json(answer);
  });
  app.use(
    '/graphql',
    corsFor(options.corsOrigins ?? []),
    graphiqlContentSecurityPolicy,
    requireJsonPost,
    express.json({ limit: limits.maxBodyBytes }),
    bodyParserErrors(limits.maxBodyBytes),
    batchLimit(limits.maxBatchSize),
    failedAuthenticationLimit(options.rateLimitPerMinute ?? 0),
    authenticate(options.driver, options.database, options.auth ?? { anonymous: 'off' }, transactionTimeoutMs),
    rateLimit(options.rateLimitPerMinute ?? 0),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        // Before the graph is set up a query would see half of it: refuse, as for a lost database.
        if (options.graphReady && !options.graphReady()) throw databaseUnavailable();
        // GraphiQL's page is the one request authenticate lets through without a caller; it runs no operation.
        const caller = req.caller ?? { kind: 'ANONYMOUS' as const, actor: 'anonymous', role: 'VIEWER' as const, rateKey: 'page' };
        const db = new GraphExecutor(options.driver, {
          database: options.database,
          transactionTimeoutMs,
          caller,
          bookmarks: decodeBookmarks(req.get(BOOKMARK_HEADER)),
        });
        const today = options.today?.() ?? new Date().toISOString().slice(0, 10);
        return { driver: options.driver, database: options.database, db, loaders: new Loaders(db, today), today, caller };
      },
    }),
  );
  const indexFile = path.join(options.webDist, 'index.html');
  app.use(express.static(options.webDist, { index: false }));
  app.get('/{*path}', (_request, response) => {
    if (existsSync(indexFile)) response.sendFile(indexFile);
    else response.type('html').send(PLACEHOLDER_PAGE);
  });
  app.use(lastResortErrors(logError));
  return { express: app, apollo };
}
