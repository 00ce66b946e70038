import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { isAccessRole, type AccessRole, type Caller } from './roles.js';

/** An identity provider whose bearer tokens (JWTs) the API accepts (README, "Keys and roles"). */
export interface OidcSettings {
  issuer: string;
  audience: string;
  jwksUri: string;
  /** Where the role is in the token: a claim name, or a dotted path (`realm_access.roles`). */
  roleClaim: string;
  /** Claim values to roles (`crosswalk-admins` → ADMIN); without it a value must be a role's name. */
  roleMap: Record<string, AccessRole>;
}

/** When a token maps to several roles, the first of these wins. */
const ROLE_PRECEDENCE: readonly AccessRole[] = ['ADMIN', 'EDITOR', 'AUDITOR', 'VIEWER'];

function claimAt(payload: JWTPayload, claimPath: string): unknown {
  if (claimPath in payload) return payload[claimPath];
  let value: unknown = payload;
  for (const part of claimPath.split('.'))
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  return value;
}

/** The role a token's claim gives, or null when it gives none. */
export function roleFromClaim(value: unknown, roleMap: Record<string, AccessRole>): AccessRole | null {
  const values = (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string');
  const roles = new Set(
    values.map((item) => roleMap[item] ?? (Object.keys(roleMap).length === 0 && isAccessRole(item) ? item : undefined)),
  );
  return ROLE_PRECEDENCE.find((role) => roles.has(role)) ?? null;
}

export type OidcOutcome =
  { caller: Caller } | { refused: 'invalid' } | { refused: 'no-role'; subject: string } | { refused: 'provider-unavailable' };

/**
 * Whether jose failed to get the provider's keys (unreachable, timed out, not 200, not a key set),
 * rather than finding the token wrong: the token may be fine, so the caller is not told it is not.
 */
function keysUnavailable(error: unknown): boolean {
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return true;
  // jose throws a plain JOSEError only when fetching the key set fails (status or JSON).
  if (error instanceof errors.JOSEError) return error.code === 'ERR_JOSE_GENERIC';
  // fetch's own network failure (connection refused, DNS…).
  return error instanceof TypeError && error.message === 'fetch failed';
}

/** Checks bearer JWTs against the provider's keys (fetched and cached by jose), issuer, audience and expiry. */
export function createOidcVerifier(settings: OidcSettings): (token: string) => Promise<OidcOutcome> {
  const keys = createRemoteJWKSet(new URL(settings.jwksUri), { timeoutDuration: 5_000, cooldownDuration: 30_000 });
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, { issuer: settings.issuer, audience: settings.audience, clockTolerance: 30 }));
    } catch (error) {
      return keysUnavailable(error) ? { refused: 'provider-unavailable' } : { refused: 'invalid' };
    }
    const subject = typeof payload.sub === 'string' && payload.sub !== '' ? payload.sub : null;
    if (!subject) return { refused: 'invalid' };
    const role = roleFromClaim(claimAt(payload, settings.roleClaim), settings.roleMap);
    if (!role) return { refused: 'no-role', subject };
    return { caller: { kind: 'OIDC', actor: subject, role, rateKey: `oidc:${subject}` } };
  };
}
