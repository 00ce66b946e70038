import { describe, expect, it } from 'vitest';
import { roleFromClaim } from './oidc.js';
import { allowedRoles } from './roles.js';

describe('the field policy', () => {
  it('lets writers run mutations, admins manage keys, auditors and admins read the trail', () => {
    expect(allowedRoles('Mutation', 'createVendor')).toEqual(['EDITOR', 'ADMIN']);
    expect(allowedRoles('Mutation', 'someMutationAddedLater')).toEqual(['EDITOR', 'ADMIN']);
    expect(allowedRoles('Mutation', 'createApiKey')).toEqual(['ADMIN']);
    expect(allowedRoles('Query', 'apiKeys')).toEqual(['ADMIN']);
    expect(allowedRoles('ApiKey', 'name')).toEqual(['ADMIN']);
    expect(allowedRoles('Query', 'auditEvents')).toEqual(['AUDITOR', 'ADMIN']);
    expect(allowedRoles('AuditEvent', 'changes')).toEqual(['AUDITOR', 'ADMIN']);
  });

  it('leaves every other read to every authenticated caller', () => {
    expect(allowedRoles('Query', 'controls')).toBeUndefined();
    expect(allowedRoles('Control', 'name')).toBeUndefined();
  });
});

describe('roles from a token claim', () => {
  it('takes role names as they are when there is no map, the strongest when there are several', () => {
    expect(roleFromClaim('AUDITOR', {})).toBe('AUDITOR');
    expect(roleFromClaim(['VIEWER', 'EDITOR', 'AUDITOR'], {})).toBe('EDITOR');
    expect(roleFromClaim(['VIEWER', 'ADMIN'], {})).toBe('ADMIN');
    expect(roleFromClaim(['viewer', 'root', 42], {})).toBeNull();
    expect(roleFromClaim(undefined, {})).toBeNull();
  });

  it('with a map, counts only mapped values, role names included', () => {
    const map = { 'ai-auditors': 'AUDITOR', 'ai-admins': 'ADMIN' } as const;
    expect(roleFromClaim(['staff', 'ai-auditors'], map)).toBe('AUDITOR');
    expect(roleFromClaim('ai-admins', map)).toBe('ADMIN');
    expect(roleFromClaim('EDITOR', map)).toBeNull();
  });
});
