import { notFound } from '../common/errors.js';
import type { GraphExecutor } from '../db/executor.js';
import { insertApiKey, markRevoked, type ApiKeyRecord } from './keys.js';
import type { AccessRole } from './roles.js';

// Key writes are mutations like any other: one transaction each, with its audit event.

export function createApiKey(
  db: GraphExecutor,
  input: { name: string; role: AccessRole; expiresAt: string | null; createdBy: string },
): Promise<{ key: string; apiKey: ApiKeyRecord }> {
  return db.write((tx) => insertApiKey(tx, input));
}

/** The revoked key; NOT_FOUND (and nothing written, no audit event) when there is no key with that id. */
export function revokeApiKey(db: GraphExecutor, id: string): Promise<ApiKeyRecord> {
  return db.write(async (tx) => {
    const key = await markRevoked(tx, id);
    if (!key) throw notFound(`There is no API key ${id}.`, 'id');
    return key;
  });
}
