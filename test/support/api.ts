import { expect } from 'vitest';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createApp, type AppOptions } from '../../server/src/http/app.js';
import { testConnection, testDriver } from './neo4j.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: {
    data?: T | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  };
}

/**
 * The admin key every test API accepts (CROSSWALK_ADMIN_KEY's way: in memory, never stored); `gql`
 * sends it unless told otherwise. Requests without a key are anonymous VIEWERs from loopback.
 */
export const TEST_ADMIN_KEY = 'test-admin-key-0123456789abcdef';
export const adminAuthorization = { authorization: `Bearer ${TEST_ADMIN_KEY}` };

export interface GqlOptions {
  /** The bearer key to send; null sends none (anonymous). Default: the admin key. */
  key?: string | null;
  /** More request headers (e.g. crosswalk-bookmark). */
  headers?: Record<string, string>;
}

export interface TestApi {
  url: string;
  /** The audit trail's name for this API's admin key: unique per test API, so a test can find its own events. */
  adminActor: string;
  driver: Driver;
  /** Runs Cypher against the test database directly (to build and remove a test's own graph). */
  cypher(query: string, parameters?: Record<string, unknown>): Promise<Record<string, unknown>[]>;
  /** POSTs a GraphQL request over real HTTP. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: GqlOptions): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** The app on an ephemeral loopback port, against the test run's Neo4j. */
export async function startTestApi(options: Partial<AppOptions> = {}): Promise<TestApi> {
  const driver = testDriver();
  const webDist = await mkdtemp(path.join(os.tmpdir(), 'crosswalk-web-'));
  const adminActor = `test admin ${randomUUID().slice(0, 8)}`;
  const app = await createApp({
    driver,
    database: testConnection().database,
    webDist,
    auth: { anonymous: 'loopback-read', adminKey: TEST_ADMIN_KEY, adminKeyActor: adminActor },
    ...options,
  });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.express.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    adminActor: options.auth?.adminKeyActor ?? (options.auth ? 'admin (CROSSWALK_ADMIN_KEY)' : adminActor),
    driver,
    async cypher(query, parameters = {}) {
      const result = await driver.executeQuery(query, parameters, { database: testConnection().database });
      return result.records.map((record) => record.toObject());
    },
    async gql<T>(query: string, variables?: Record<string, unknown>, gqlOptions: GqlOptions = {}) {
      const key = gqlOptions.key === undefined ? TEST_ADMIN_KEY : gqlOptions.key;
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}), ...gqlOptions.headers },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      let body: GraphQLResponse<T>['body'];
      try {
        body = JSON.parse(text) as GraphQLResponse<T>['body'];
      } catch {
        body = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
      }
      return { status: response.status, headers: response.headers, body };
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await app.apollo.stop();
      await driver.close();
    },
  };
}

/** A request the API must answer without errors: its data and how many Cypher queries it ran. */
export async function expectData(
  api: TestApi,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ data: Record<string, any>; queries: number }> {
  const response = await api.gql<Record<string, any>>(query, variables);
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return { data: response.body.data!, queries: Number(response.headers.get('x-cypher-queries')) };
}

/** A request the API must refuse with exactly one error of this code, naming this input field. */
export async function expectRefused(
  api: TestApi,
  query: string,
  variables: Record<string, unknown>,
  code: string,
  field: string,
): Promise<void> {
  const response = await api.gql<Record<string, any>>(query, variables);
  expect(response.body.errors, JSON.stringify(response.body)).toHaveLength(1);
  expect(response.body.errors![0]!.extensions).toMatchObject({ code, field });
}
