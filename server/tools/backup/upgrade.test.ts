import { describe, expect, it } from 'vitest';
import { EXPORT_VERSION } from './format.js';
import { validateExportFile } from './import.js';
import { READABLE_EXPORT_VERSIONS, upgradePublicAuthority, upgradeVersion1 } from './upgrade.js';

const FACTS_TRUE = { deployerIsPublicAuthority: true, deployerIsPublicServiceBody: true, intendedForPublicAuthorities: true };

describe('upgradePublicAuthority (as migration 0007)', () => {
  it('turns true into the three public-status facts', () => {
    expect(upgradePublicAuthority({ name: 'A', publicAuthority: true })).toEqual({ name: 'A', ...FACTS_TRUE });
  });

  it('drops false and any other value: the facts stay missing (unknown)', () => {
    expect(upgradePublicAuthority({ name: 'A', publicAuthority: false })).toEqual({ name: 'A' });
    expect(upgradePublicAuthority({ name: 'A', publicAuthority: 'true' })).toEqual({ name: 'A' });
  });

  it('leaves properties without publicAuthority as they are', () => {
    expect(upgradePublicAuthority({ name: 'A', deployerIsPublicAuthority: false })).toEqual({
      name: 'A',
      deployerIsPublicAuthority: false,
    });
  });
});

describe('version-1 export files', () => {
  const version1 = {
    format: 'crosswalk-export',
    version: 1,
    exportedAt: '2026-11-29T00:00:00Z',
    counts: { nodes: { AISystem: 2, Vendor: 1 }, relationships: {} },
    nodes: [
      {
        label: 'AISystem',
        id: 'system:a',
        properties: { name: 'A', roles: ['DEPLOYER'], riskClass: 'HIGH_RISK', lifecycleStage: 'DEPLOYED', publicAuthority: true },
      },
      {
        label: 'AISystem',
        id: 'system:b',
        properties: { name: 'B', roles: ['DEPLOYER'], riskClass: 'MINIMAL', lifecycleStage: 'DEPLOYED', publicAuthority: false },
      },
      // Only AI systems had publicAuthority: another label's is not upgraded, and validation refuses it.
      { label: 'Vendor', id: 'vendor:v', properties: { name: 'V', publicAuthority: true } },
    ],
    relationships: [],
  };

  it('are upgraded to the current version, AI systems only', () => {
    const upgraded = upgradeVersion1(version1);
    expect(upgraded.version).toBe(2);
    expect(upgraded.nodes).toEqual([
      {
        ...version1.nodes[0],
        properties: { name: 'A', roles: ['DEPLOYER'], riskClass: 'HIGH_RISK', lifecycleStage: 'DEPLOYED', ...FACTS_TRUE },
      },
      { ...version1.nodes[1], properties: { name: 'B', roles: ['DEPLOYER'], riskClass: 'MINIMAL', lifecycleStage: 'DEPLOYED' } },
      version1.nodes[2],
    ]);
    expect(version1.nodes[0]!.properties).toHaveProperty('publicAuthority', true);
  });

  it("are read by the import, which checks the upgraded nodes against today's model", () => {
    expect(READABLE_EXPORT_VERSIONS).toEqual([1, EXPORT_VERSION]);
    const { prepared, problems } = validateExportFile(version1);
    expect(problems).toEqual([
      { path: 'nodes[2].properties.publicAuthority', message: expect.stringMatching(/^is not a property of this kind/) as unknown },
    ]);
    expect(prepared.nodes.find((node) => node.id === 'system:a')?.properties).toMatchObject(FACTS_TRUE);
  });

  it('a version this Crosswalk does not read is refused with the versions it reads', () => {
    expect(validateExportFile({ ...version1, version: 3 }).problems).toEqual([
      {
        path: 'version',
        message:
          'is 3; this Crosswalk reads versions 1 and 2 (the file was written by a newer Crosswalk: import it with that one, or upgrade this one)',
      },
    ]);
    expect(validateExportFile({ ...version1, version: '2' }).problems).toEqual([
      { path: 'version', message: 'is "2"; this Crosswalk reads versions 1 and 2' },
    ]);
  });
});
