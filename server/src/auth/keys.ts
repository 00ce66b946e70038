import { createHmac, randomBytes, timingSafeEqual, createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { GraphExecutor, type CountingTransaction } from '../db/executor.js';
import { toPlain } from '../db/values.js';
import type { Connection } from '../common/paging.js';
import type { AccessRole } from './roles.js';

// API keys: `cwk_<key id>_<secret>`. The key id (12 hex characters) finds the stored key; the secret
// (32 random bytes) is never stored — only an HMAC-SHA256 of it under a random per-key salt. Keys
// carry 256 bits of randomness, so a fast salted hash is enough (slow hashes are for guessable
// passwords) and checking a key costs one indexed lookup, not tens of milliseconds of CPU.

const KEY_PREFIX = 'cwk_';
const KEY_PATTERN = /^cwk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;
/** The shortest CROSSWALK_ADMIN_KEY accepted. */
export const MIN_ADMIN_KEY_LENGTH = 24;

/** A stored key as the API shows it: never its hash or salt. */
export interface ApiKeyRecord {
  id: string;
  name: string;
  role: AccessRole;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  createdBy: string;
}

export function isApiKeyFormat(text: string): boolean {
  return text.startsWith(KEY_PREFIX);
}

function hashSecret(secret: string, salt: string): string {
  return createHmac('sha256', Buffer.from(salt, 'base64url')).update(secret).digest('base64url');
}

/** A new key: the plain text (shown once) and what is stored of it. */
function generateKey(): { key: string; keyId: string; salt: string; hash: string } {
  const keyId = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const salt = randomBytes(16).toString('base64url');
  return { key: `${KEY_PREFIX}${keyId}_${secret}`, keyId, salt, hash: hashSecret(secret, salt) };
}

/** Whether two strings are equal, in time that does not depend on where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** What the API shows of a stored key: never its hash or salt. */
const KEY_FIELDS = 'k {.id, .name, .role, .createdAt, .expiresAt, .revokedAt, .createdBy}';
const RETURN_KEY = `${KEY_FIELDS} AS key`;

function toRecord(row: Record<string, unknown>): ApiKeyRecord {
  return row.key as ApiKeyRecord;
}

/** The stored key a presented key stands for, if it is one and is active at `now`. */
export async function verifyApiKey(db: GraphExecutor, presented: string, now = new Date()): Promise<ApiKeyRecord | null> {
  const match = KEY_PATTERN.exec(presented);
  if (!match) return null;
  const [, keyId, secret] = match;
  const rows = await db.read(`MATCH (k:ApiKey {id: $id}) RETURN ${RETURN_KEY}, k.salt AS salt, k.hash AS hash`, { id: `apikey:${keyId}` });
  const row = rows[0];
  // Hash anyway when the id is unknown, so a wrong id and a wrong secret take the same time.
  const salt = (row?.salt as string | undefined) ?? 'AAAAAAAAAAAAAAAAAAAAAA';
  const matches = constantTimeEqual(hashSecret(secret!, salt), (row?.hash as string | undefined) ?? '');
  if (!row || !matches) return null;
  const key = toRecord(row);
  if (key.revokedAt) return null;
  if (key.expiresAt && new Date(key.expiresAt) <= now) return null;
  return key;
}

/** Stores a new key inside the caller's write transaction; returns the plain key once. */
export async function insertApiKey(
  tx: CountingTransaction,
  input: { name: string; role: AccessRole; expiresAt: string | null; createdBy: string },
): Promise<{ key: string; apiKey: ApiKeyRecord }> {
  const generated = generateKey();
  const id = `apikey:${generated.keyId}`;
  await tx.touch('ApiKey', id);
  const rows = await tx.run(
    `CREATE (k:ApiKey {id: $id, name: $name, role: $role, createdBy: $createdBy, salt: $salt, hash: $hash,
                       createdAt: datetime(), expiresAt: CASE WHEN $expiresAt IS NULL THEN null ELSE datetime($expiresAt) END})
     RETURN ${RETURN_KEY}`,
    {
      id,
      name: input.name,
      role: input.role,
      createdBy: input.createdBy,
      salt: generated.salt,
      hash: generated.hash,
      expiresAt: input.expiresAt,
    },
  );
  return { key: generated.key, apiKey: toRecord(rows[0]!) };
}

/** Marks a key revoked (kept, so the audit trail's actor stays explained); null when there is none. */
export async function markRevoked(tx: CountingTransaction, id: string): Promise<ApiKeyRecord | null> {
  const exists = await tx.run('MATCH (k:ApiKey {id: $id}) RETURN k.id AS id', { id });
  if (exists.length === 0) return null;
  await tx.touch('ApiKey', id);
  const rows = await tx.run(`MATCH (k:ApiKey {id: $id}) SET k.revokedAt = coalesce(k.revokedAt, datetime()) RETURN ${RETURN_KEY}`, { id });
  return toRecord(rows[0]!);
}

/** Keys by creation, newest first: the page asked for and the total. */
export async function listApiKeys(db: GraphExecutor, skip: number, limit: number): Promise<{ keys: ApiKeyRecord[]; total: number }> {
  const rows = await db.read(
    `CALL () { MATCH (k:ApiKey) RETURN count(k) AS total }
     OPTIONAL CALL (total) {
       MATCH (k:ApiKey) WITH k ORDER BY k.createdAt DESC, k.id SKIP $skip LIMIT $limit
       RETURN collect(${KEY_FIELDS}) AS keys
     }
     RETURN total, keys`,
    { skip: neo4j.int(skip), limit: neo4j.int(limit) },
  );
  return { keys: (rows[0]?.keys as ApiKeyRecord[] | undefined) ?? [], total: (rows[0]?.total as number | undefined) ?? 0 };
}

/** Whether the graph holds an active ADMIN key (the first start creates one when it does not). */
async function hasActiveAdminKey(driver: Driver, database: string): Promise<boolean> {
  const result = await driver.executeQuery(
    `MATCH (k:ApiKey {role: 'ADMIN'}) WHERE k.revokedAt IS NULL AND (k.expiresAt IS NULL OR k.expiresAt > datetime())
     RETURN count(k) > 0 AS present`,
    {},
    { database, routing: neo4j.routing.READ },
  );
  return Boolean(toPlain(result.records[0]?.get('present')));
}

export type ApiKeyConnection = Connection<ApiKeyRecord>;
export type ApiKeyConnectionEdge = ApiKeyConnection['edges'][number];
export interface CreatedApiKeyResult {
  key: string;
  apiKey: ApiKeyRecord;
}

/**
 * The first start's admin key: created (with its audit event) when no key was given in
 * CROSSWALK_ADMIN_KEY and the graph has no active ADMIN key. Returns the plain key, or null.
 */
export async function ensureFirstAdminKey(driver: Driver, database: string, transactionTimeoutMs: number): Promise<string | null> {
  if (await hasActiveAdminKey(driver, database)) return null;
  const db = new GraphExecutor(driver, {
    database,
    transactionTimeoutMs,
    caller: { kind: 'SYSTEM', actor: 'npm start (first start)', role: 'ADMIN', rateKey: 'system' },
  });
  db.operation = 'createApiKey';
  const { key } = await db.write((tx) =>
    insertApiKey(tx, { name: 'first admin', role: 'ADMIN', expiresAt: null, createdBy: 'npm start (first start)' }),
  );
  return key;
}
