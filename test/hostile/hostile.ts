// Shared by the hostile-input suite: raw HTTP to /graphql and the shape every refusal must have.
import { expect } from 'vitest';
import { adminAuthorization } from '../support/api.js';

export interface RawResponse {
  status: number;
  contentType: string | null;
  /** The parsed JSON body, or the text when it is not JSON (which the assertions then refuse). */
  body: any;
}

/** POSTs a body exactly as given (no JSON.stringify of a string), so malformed bodies reach the server. */
export async function postRaw(
  url: string,
  body: string | Uint8Array,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): Promise<RawResponse> {
  // As the admin, so that every refusal is about the request, never about the role.
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { ...adminAuthorization, ...headers }, body });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = text;
  }
  return { status: response.status, contentType: response.headers.get('content-type'), body: parsed };
}

export interface Refusal {
  status: number;
  code: string;
  /** extensions.field, where the refusal concerns one argument or input field. */
  field?: string;
  /** The message should say what is wrong; a pattern it must match. */
  message?: RegExp;
}

/**
 * A refusal: the expected status, a JSON body, no data, and a first error with a message, the
 * expected code and (when given) the offending field; never a stack trace or an internal error.
 */
export function expectRefusal(response: RawResponse, expected: Refusal, label = ''): void {
  const context = `${label} ${JSON.stringify(response.body).slice(0, 600)}`;
  expect(response.contentType, context).toMatch(/^application\/(graphql-response\+)?json/);
  expect(response.status, context).toBe(expected.status);
  expect(typeof response.body, context).toBe('object');
  expect(response.body.data ?? null, context).toBeNull();
  const errors = response.body.errors as { message: string; extensions?: Record<string, unknown> }[];
  expect(Array.isArray(errors) && errors.length > 0, context).toBe(true);
  const [error] = errors;
  expect(error!.message, context).toEqual(expect.any(String));
  expect(error!.message.length, context).toBeGreaterThan(10);
  expect(error!.extensions?.code, context).toBe(expected.code);
  if (expected.field !== undefined) expect(error!.extensions?.field, context).toBe(expected.field);
  if (expected.message) expect(error!.message, context).toMatch(expected.message);
  for (const each of errors) {
    expect(each.extensions?.code, context).not.toBe('INTERNAL_SERVER_ERROR');
    expect(each.extensions, context).not.toHaveProperty('stacktrace');
  }
}

/** Injection attempts against Cypher, Lucene and the JSON/GraphQL layers, sent as plain text values. */
export const INJECTIONS = [
  `"}) MATCH (n) DETACH DELETE n //`,
  `' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //`,
  '`) DETACH DELETE n RETURN 1 //',
  `$id } ) CREATE (:Hacked {id: 'pwned'}) //`,
  `CALL apoc.cypher.runWrite("MATCH (n) DETACH DELETE n", {})`,
  `*:*`,
  `title:risk OR id:* AND NOT /.*/ risk~2^100 [a TO z]`,
  `\\"\\\\ \u0000 }]}`,
  `system:x' OR '1'='1`,
  `eu-ai-act:art-9" OR n.id <> "`,
] as const;

/** The graph is as `before` (a graphFingerprint); on a difference, shows where, briefly. */
export function expectSameGraph(now: string, before: string, label = 'graph changed'): void {
  if (now === before) return;
  let at = 0;
  while (at < now.length && now[at] === before[at]) at += 1;
  const around = (text: string) => text.slice(Math.max(0, at - 150), at + 150);
  expect.fail(`${label}: the graph differs at character ${at}:\n  before: …${around(before)}…\n  now:    …${around(now)}…`);
}
