import { describe, expect, it } from 'vitest';
import { affectedIds, auditEventProperties, toSnapshot, type AuditChange, type NodeSnapshot } from './record.js';

const snapshot = (relationships: NodeSnapshot['relationships'], properties: Record<string, unknown> = {}): NodeSnapshot => ({
  labels: ['AISystem'],
  properties,
  relationships,
});
const link = (type: string, id: string, properties: Record<string, unknown> = {}) => ({ type, direction: 'OUT' as const, id, properties });

describe('affectedIds', () => {
  it('names the touched nodes and the other end of every relationship added or removed, not of those kept', () => {
    const change: AuditChange = {
      nodeId: 'system:a',
      label: 'AISystem',
      before: snapshot([link('SUPPLIED_BY', 'vendor:kept'), link('SUPPLIED_BY', 'vendor:removed')]),
      after: snapshot([link('SUPPLIED_BY', 'vendor:kept'), link('SUPPLIED_BY', 'vendor:added')]),
    };
    expect(affectedIds([change]).sort()).toEqual(['system:a', 'vendor:added', 'vendor:removed']);
  });

  it('counts a relationship whose properties changed, and every neighbour of a created or deleted node', () => {
    const relinked: AuditChange = {
      nodeId: 'control:c',
      label: 'Control',
      before: snapshot([link('SATISFIES', 'eu-ai-act:art-9', { strength: 5 })]),
      after: snapshot([link('SATISFIES', 'eu-ai-act:art-9', { strength: 7 })]),
    };
    expect(affectedIds([relinked]).sort()).toEqual(['control:c', 'eu-ai-act:art-9']);
    const deleted: AuditChange = { nodeId: 'model:m', label: 'Model', before: snapshot([link('SUPPLIED_BY', 'vendor:v')]), after: null };
    expect(affectedIds([deleted]).sort()).toEqual(['model:m', 'vendor:v']);
    const created: AuditChange = { nodeId: 'vendor:new', label: 'Vendor', before: null, after: snapshot([]) };
    expect(affectedIds([created])).toEqual(['vendor:new']);
  });
});

describe('toSnapshot', () => {
  it("never keeps a stored key's hash or salt, sorts labels and marks a truncated relationship list", () => {
    const raw = {
      labels: ['Vendor', 'B'],
      properties: { id: 'apikey:x', name: 'n', hash: 'h', salt: 's' },
      relationshipCount: 3,
      relationships: [link('X', 'a')],
    };
    expect(toSnapshot(raw)).toEqual({
      labels: ['B', 'Vendor'],
      properties: { id: 'apikey:x', name: 'n' },
      relationships: [link('X', 'a')],
      relationshipsTruncated: true,
    });
    expect(toSnapshot(null)).toBeNull();
  });
});

describe('auditEventProperties', () => {
  it('names the caller and the operation, with the changes as JSON and a fresh id', () => {
    const caller = { kind: 'API_KEY' as const, actor: 'BI export', role: 'EDITOR' as const, keyId: 'apikey:0123456789ab', rateKey: 'k' };
    const change: AuditChange = { nodeId: 'vendor:v', label: 'Vendor', before: null, after: snapshot([]) };
    const event = auditEventProperties(caller, 'createVendor', [change]);
    expect(event).toMatchObject({
      actor: 'BI export',
      actorKind: 'API_KEY',
      role: 'EDITOR',
      keyId: 'apikey:0123456789ab',
      operation: 'createVendor',
      nodeIds: ['vendor:v'],
    });
    expect(JSON.parse(event.changes as string)).toEqual([change]);
    expect(event.id).toMatch(/^audit:[0-9a-f-]{36}$/);
    expect(auditEventProperties(caller, 'createVendor', []).id).not.toBe(event.id);
  });
});
