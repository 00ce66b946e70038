import { describe, expect, it } from 'vitest';
import { Random } from '../scale/random.js';
import { WriteLedger, canonical, type FieldValue } from './ledger.js';
import { parseLoadArgs } from './options.js';
import { classify, summarise, type Sample } from './summary.js';
import { ClientState, nextOperation, pickKind, runIdPrefixes, runName, writeOperation, type LoadFixtures } from './workload.js';

const vendor = (id: string, fields: Record<string, FieldValue>, create = false) => ({ label: 'Vendor', id, create, fields });
const found = (entries: [string, Record<string, FieldValue>][]) => new Map(entries);

describe('WriteLedger: lost writes', () => {
  it('finds every acknowledged write in a graph that holds them', () => {
    const ledger = new WriteLedger();
    ledger.record(vendor('vendor:a', { name: 'A', riskTier: 'LOW' }, true), 'acknowledged');
    ledger.record(vendor('vendor:a', { riskTier: 'HIGH' }), 'acknowledged');
    const check = ledger.check(found([['vendor:a', { name: 'A', riskTier: 'HIGH' }]]));
    expect(check).toMatchObject({ acknowledged: 2, present: 2, lost: [], refusedButApplied: [] });
  });

  it('counts an acknowledged update the graph does not hold as lost, naming the field', () => {
    const ledger = new WriteLedger();
    ledger.record(vendor('vendor:a', { name: 'A', riskTier: 'LOW' }, true), 'acknowledged');
    const update = ledger.record(vendor('vendor:a', { riskTier: 'HIGH' }), 'acknowledged');
    const check = ledger.check(found([['vendor:a', { name: 'A', riskTier: 'LOW' }]]));
    expect(check.present).toBe(1);
    expect(check.lost).toEqual([{ write: update, id: 'vendor:a', field: 'riskTier', expected: ['"HIGH"'], actual: '"LOW"' }]);
  });

  it('counts every acknowledged write on a missing node as lost', () => {
    const ledger = new WriteLedger();
    ledger.record(vendor('vendor:a', { name: 'A' }, true), 'acknowledged');
    ledger.record(vendor('vendor:a', { name: 'B' }), 'acknowledged');
    expect(ledger.check(found([])).lost.map((lost) => lost.field)).toEqual(['(node)', '(node)']);
  });

  it('accepts either value after a write without an answer, and does not require an unanswered create', () => {
    const ledger = new WriteLedger();
    ledger.record(vendor('vendor:a', { name: 'A' }, true), 'acknowledged');
    ledger.record(vendor('vendor:a', { name: 'B' }), 'unknown');
    ledger.record(vendor('vendor:b', { name: 'X' }, true), 'unknown');
    expect(ledger.check(found([['vendor:a', { name: 'A' }]])).lost).toEqual([]);
    expect(
      ledger.check(
        found([
          ['vendor:a', { name: 'B' }],
          ['vendor:b', { name: 'X' }],
        ]),
      ).lost,
    ).toEqual([]);
    expect(ledger.check(found([['vendor:a', { name: 'C' }]])).lost).toHaveLength(1);
  });

  it('reports a refused write whose value or node is in the graph anyway', () => {
    const ledger = new WriteLedger();
    ledger.record(vendor('vendor:a', { name: 'A' }, true), 'acknowledged');
    ledger.record(vendor('vendor:a', { name: 'refused' }), 'refused');
    ledger.record(vendor('vendor:b', { name: 'B' }, true), 'refused');
    const clean = ledger.check(found([['vendor:a', { name: 'A' }]]));
    expect(clean.refusedButApplied).toEqual([]);
    const partial = ledger.check(
      found([
        ['vendor:a', { name: 'refused' }],
        ['vendor:b', { name: 'B' }],
      ]),
    );
    expect(partial.refusedButApplied.map((entry) => `${entry.id} ${entry.field}`)).toEqual(['vendor:a name', 'vendor:b (node)']);
    expect(partial.lost).toHaveLength(1);
  });

  it('compares relationship sets whatever their order', () => {
    expect(canonical(['vendor:b', 'vendor:a'])).toBe(canonical(['vendor:a', 'vendor:b']));
    const ledger = new WriteLedger();
    ledger.record({ label: 'AISystem', id: 'system:s', create: false, fields: { vendors: ['vendor:b', 'vendor:a'] } }, 'acknowledged');
    expect(ledger.check(found([['system:s', { vendors: ['vendor:a', 'vendor:b'] }]])).lost).toEqual([]);
    expect(ledger.check(found([['system:s', { vendors: ['vendor:a'] }]])).lost).toHaveLength(1);
  });

  it('counts outcomes and lists the ids it wrote by label', () => {
    const ledger = new WriteLedger();
    ledger.record(vendor('vendor:a', { name: 'A' }, true), 'acknowledged');
    ledger.record({ label: 'Control', id: 'control:C', create: true, fields: {} }, 'refused');
    expect(ledger.outcomes()).toEqual({ acknowledged: 1, refused: 1, unknown: 0 });
    expect(Object.fromEntries(ledger.idsByLabel())).toEqual({ Vendor: ['vendor:a'], Control: ['control:C'] });
  });
});

describe('classify', () => {
  it('sorts answers into ok, refused, server errors and dropped', () => {
    expect(classify(200, '{"data":{"x":1}}').outcome).toBe('ok');
    expect(classify(200, '{"data":null,"errors":[{"message":"no","extensions":{"code":"CONFLICT"}}]}')).toMatchObject({
      outcome: 'refused',
      code: 'CONFLICT',
    });
    expect(classify(200, '{"errors":[{"message":"boom","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}')).toMatchObject({
      outcome: 'server-error',
      code: 'INTERNAL_SERVER_ERROR',
    });
    expect(classify(401, '{"errors":[{"message":"key","extensions":{"code":"UNAUTHENTICATED"}}]}')).toMatchObject({
      outcome: 'refused',
      code: 'UNAUTHENTICATED',
    });
    expect(classify(503, '{"errors":[{"message":"db","extensions":{"code":"DATABASE_UNAVAILABLE"}}]}')).toMatchObject({
      outcome: 'server-error',
      code: 'DATABASE_UNAVAILABLE',
    });
    expect(classify(502, '<html>bad gateway</html>')).toMatchObject({ outcome: 'server-error', code: 'HTTP 502' });
    expect(classify(200, 'not json')).toMatchObject({ outcome: 'dropped', code: 'not JSON' });
  });
});

describe('summarise', () => {
  const sample = (kind: Sample['kind'], ms: number, outcome: Sample['outcome'] = 'ok', status = 200, code?: string): Sample => ({
    kind,
    operation: kind === 'read' ? 'search' : 'createVendor',
    ms,
    endedAt: 0,
    outcome,
    status,
    ...(code ? { code } : {}),
  });

  it('gives throughput and nearest-rank percentiles for all, reads and writes', () => {
    const reads = Array.from({ length: 100 }, (_, index) => sample('read', index + 1));
    const writes = [sample('write', 500), sample('write', 700, 'server-error', 503, 'DATABASE_UNAVAILABLE')];
    const summary = summarise([...reads, ...writes], 10);
    const [all, read, write] = summary.rows;
    expect(all).toMatchObject({ label: 'all', requests: 102, perSecond: 10.2, failed: 1 });
    expect(read).toMatchObject({ p50: 50, p95: 95, p99: 99, max: 100 });
    expect(write).toMatchObject({ requests: 2, p50: 500, p99: 700 });
    expect(summary).toMatchObject({ serverErrors: 1, non2xx: 1, timeouts: 0, dropped: 0 });
    expect(summary.errors).toEqual([{ outcome: 'server-error', code: 'DATABASE_UNAVAILABLE', kind: 'write', count: 1 }]);
    expect(summary.operations.map((row) => row.label)).toEqual(['createVendor', 'search']);
  });
});

const fixtures: LoadFixtures = {
  controlIds: ['control:GOV-01', 'control:GEN-0001'],
  vendorIds: ['vendor:lumen', 'vendor:gen-001'],
  modelIds: ['model:m', 'model:gen-0001'],
  systemIds: ['system:s', 'system:gen-00001'],
  evidenceIds: ['evidence:e'],
  searchTexts: ['Art. 27'],
  linkVendorIds: ['vendor:lumen'],
};

describe('workload', () => {
  it('draws reads at the share asked for', () => {
    const random = new Random(1, 'test');
    const reads = Array.from({ length: 10_000 }, () => pickKind(random, 0.8)).filter((kind) => kind === 'read').length;
    expect(reads).toBeGreaterThan(7_700);
    expect(reads).toBeLessThan(8_300);
    expect(pickKind(random, 0)).toBe('write');
    expect(pickKind(random, 1)).toBe('read');
  });

  it('writes only nodes with the run in their id, and updates only those its creates made', () => {
    const run = runName(new Date('2026-11-29T06:15:00Z'), () => 0.5);
    expect(run).toBe('20261129t061500-8000');
    const state = new ClientState(7, run, 1);
    const prefixes = Object.values(runIdPrefixes(run));
    for (let i = 0; i < 200; i += 1) {
      const operation = writeOperation(state, fixtures);
      const write = operation.write!;
      expect(prefixes.some((prefix) => write.id.startsWith(prefix))).toBe(true);
      if (write.create) state.nodes[write.label as 'Vendor'].push(write.id);
      else expect(state.nodes[write.label as 'Vendor']).toContain(write.id);
      if (write.label === 'AISystem' && !write.create) {
        for (const id of write.fields.vendors as string[]) expect([...state.nodes.Vendor, ...fixtures.linkVendorIds]).toContain(id);
      }
    }
    // The first write of a client cannot be an update: it has nothing of its own yet.
    expect(writeOperation(new ClientState(1, run, 2), fixtures).write!.create).toBe(true);
  });

  it('asks reads about the fixtures and pages on with the filter of the page before', () => {
    const state = new ClientState(0, 'r', 3);
    const kinds = new Set<string>();
    for (let i = 0; i < 300; i += 1) {
      const operation = nextOperation(state, fixtures, 1);
      kinds.add(operation.name.replace(/ \(.*\)$/, ''));
      if (operation.root && !state.nextPage.has(operation.root))
        state.nextPage.set(operation.root, { after: 'cursor', filter: { text: 'x' } });
      if (operation.name.endsWith('(next page)'))
        expect(operation.request.variables).toMatchObject({ after: 'cursor', filter: { text: 'x' } });
    }
    expect([...kinds].sort()).toEqual(['aiSystems', 'controls', 'impact', 'search', 'satisfaction', 'vendors'].sort());
  });
});

describe('parseLoadArgs', () => {
  it('has the defaults of the issue and refuses bad values by name', () => {
    expect(parseLoadArgs([])).toMatchObject({ durationMs: 60_000, clients: 50, readsShare: 0.8, keep: false });
    expect(parseLoadArgs(['--duration', '5', '--clients', '5', '--keep'])).toMatchObject({ durationMs: 5000, clients: 5, keep: true });
    expect(() => parseLoadArgs(['--reads-share', '1.5'])).toThrow(/--reads-share/);
    expect(() => parseLoadArgs(['--clients', '0'])).toThrow(/--clients/);
    expect(parseLoadArgs([]).servers).toBe(1);
    expect(parseLoadArgs(['--servers', '2']).servers).toBe(2);
    expect(() => parseLoadArgs(['--servers', '9'])).toThrow(/--servers must be a whole number from 1 to 8/);
  });
});
