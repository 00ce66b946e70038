// Who may do what (README, "Keys and roles"). Roles are not a ladder: an auditor reads the audit
// trail but writes nothing; an editor writes the organisation's side but does not read the trail.

// AccessRole, not Role: `Role` is the AI Act's (provider, deployer, …). Both come from the SDL.

import { ACCESS_ROLE_VALUES, type AccessRole, type CallerKind } from '../generated/enums.js';

export type { AccessRole };
export const ACCESS_ROLES = ACCESS_ROLE_VALUES;

export function isAccessRole(value: unknown): value is AccessRole {
  return typeof value === 'string' && (ACCESS_ROLES as readonly string[]).includes(value);
}

/** The authenticated caller of one request. */
export interface Caller {
  kind: CallerKind;
  /** Who, as the audit trail names them: a key's name, a token's subject, or "anonymous". */
  actor: string;
  role: AccessRole;
  /** The stored key's id (API_KEY only). */
  keyId?: string;
  /** The bucket rate limiting counts this caller's requests in. */
  rateKey: string;
}

/** Who may call a field: the roles, or everyone authenticated. */
export type Allowed = readonly AccessRole[];

const WRITERS: Allowed = ['EDITOR', 'ADMIN'];
const AUDIT_READERS: Allowed = ['AUDITOR', 'ADMIN'];
const ADMINS: Allowed = ['ADMIN'];

/**
 * The policy of the API, per field. Every Mutation field not listed is a write to the organisation's
 * side (WRITERS); every other field not listed is readable by every role. Types listed with `*` are
 * guarded on every one of their fields, wherever they are reached from.
 */
const FIELD_POLICY: Record<string, Allowed> = {
  'Mutation.*': WRITERS,
  'Mutation.createApiKey': ADMINS,
  'Mutation.revokeApiKey': ADMINS,
  // Whether an amendment is in force changes every answer's default date basis: administrators only.
  'Mutation.recordAmendmentInForce': ADMINS,
  'Mutation.clearAmendmentInForce': ADMINS,
  'Query.apiKeys': ADMINS,
  'ApiKey.*': ADMINS,
  'CreatedApiKey.*': ADMINS,
  'ApiKeyConnection.*': ADMINS,
  'ApiKeyEdge.*': ADMINS,
  'Query.auditEvents': AUDIT_READERS,
  'AuditEvent.*': AUDIT_READERS,
  'AuditChange.*': AUDIT_READERS,
  'AuditEventConnection.*': AUDIT_READERS,
  'AuditEventEdge.*': AUDIT_READERS,
};

/** The roles that may resolve `type.field`, or undefined when every authenticated caller may. */
export function allowedRoles(type: string, field: string): Allowed | undefined {
  return FIELD_POLICY[`${type}.${field}`] ?? FIELD_POLICY[`${type}.*`];
}
