import { describe, expect, it } from 'vitest';
import { DataFileError, parseDataFile } from './data-files.js';
import type { NodeLabel } from './model.js';

const today = new Date('2026-11-29T10:00:00Z');

function known(): Map<string, NodeLabel> {
  return new Map<string, NodeLabel>([
    ['control:GOV-01', 'Control'],
    ['iso42001', 'Framework'],
    ['iso42001:A.2.2', 'Provision'],
  ]);
}

function parse(content: object) {
  return parseDataFile('demo/test.json', JSON.stringify(content), known(), today);
}

const evidence = {
  label: 'Evidence',
  id: 'evidence:policy',
  title: 'AI policy',
  kind: 'POLICY',
  collectedOn: 'today-200d',
  validUntil: 'today+14d',
};

describe('parseDataFile', () => {
  it('resolves relative dates against the load day and plain dates as written', () => {
    const file = parse({ nodes: [{ ...evidence, collectedOn: '2026-01-31' }] });
    const node = file.nodes[0]!;
    expect(String(node.properties.collectedOn)).toBe('2026-01-31');
    expect(String(node.properties.validUntil)).toBe('2026-12-13');
    const earlier = parse({ nodes: [evidence] }).nodes[0]!;
    expect(String(earlier.properties.collectedOn)).toBe('2026-05-13');
  });

  it('includes the day in the checksum only for files with relative dates', () => {
    const relative = JSON.stringify({ nodes: [evidence] });
    const fixed = JSON.stringify({ nodes: [{ ...evidence, collectedOn: '2026-01-01', validUntil: '2027-01-01' }] });
    const tomorrow = new Date('2026-11-30T10:00:00Z');
    expect(parseDataFile('a.json', relative, known(), today).checksum).not.toBe(
      parseDataFile('a.json', relative, known(), tomorrow).checksum,
    );
    expect(parseDataFile('a.json', fixed, known(), today).checksum).toBe(parseDataFile('a.json', fixed, known(), tomorrow).checksum);
  });

  it('turns integers into Neo4j integers, so Cypher never sees a float', () => {
    const file = parse({
      relationships: [
        { type: 'SATISFIES', from: 'control:GOV-01', to: 'iso42001:A.2.2', relationship: 'EQUAL', strength: 9, rationale: 'Same policy.' },
      ],
    });
    const strength = file.relationships[0]!.properties.strength as { toNumber(): number };
    expect(strength.toNumber()).toBe(9);
  });

  it('gives a control its codeKey, the code in lower case that the database keeps unique', () => {
    const file = parse({ nodes: [{ label: 'Control', id: 'control:Gov-02', code: 'Gov-02', name: 'Policy review' }] });
    expect(file.nodes[0]!.properties.codeKey).toBe('gov-02');
  });

  it('gives an Owner its Person or Team label', () => {
    const file = parse({ nodes: [{ label: 'Owner', id: 'owner:ops', kind: 'TEAM', name: 'Operations' }] });
    expect(file.nodes[0]!.extraLabel).toBe('Team');
  });

  const rejections: [string, object, RegExp][] = [
    ['a node without an id', { nodes: [{ ...evidence, id: undefined }] }, /nodes\[0\]: missing id/],
    ['an unknown label', { nodes: [{ ...evidence, label: 'Gadget' }] }, /nodes\[0\] \(evidence:policy\): unknown label "Gadget"/],
    ['an id of another label', { nodes: [{ ...evidence, id: 'control:X' }] }, /does not have the id format of a Evidence/],
    ['a duplicate id', { nodes: [evidence, evidence] }, /nodes\[1\] \(evidence:policy\): duplicate id/],
    ['a missing property', { nodes: [{ ...evidence, title: undefined }] }, /nodes\[0\] \(evidence:policy\): title: is required$/],
    ['an unknown property', { nodes: [{ ...evidence, colour: 'red' }] }, /colour: is not a property of this kind/],
    ['an impossible date', { nodes: [{ ...evidence, validUntil: '2026-02-30' }] }, /validUntil: must be a date \(YYYY-MM-DD\)$/],
    ['an unknown enum value', { nodes: [{ ...evidence, kind: 'RUMOUR' }] }, /kind: must be one of POLICY, PROCEDURE, /],
    [
      'an unknown relationship type',
      { relationships: [{ type: 'LIKES', from: 'control:GOV-01', to: 'iso42001:A.2.2' }] },
      /relationships\[0\] \(control:GOV-01 -LIKES-> iso42001:A.2.2\): unknown relationship type "LIKES"/,
    ],
    [
      'a dangling reference',
      { relationships: [{ type: 'SUPPORTS', from: 'evidence:nowhere', to: 'control:GOV-01' }] },
      /dangling reference: "from" id "evidence:nowhere"/,
    ],
    [
      'a relationship between the wrong labels',
      { relationships: [{ type: 'SUPPORTS', from: 'control:GOV-01', to: 'iso42001:A.2.2' }] },
      /SUPPORTS cannot go from a Control to a Provision/,
    ],
    [
      'a strength out of range',
      {
        relationships: [
          { type: 'SATISFIES', from: 'control:GOV-01', to: 'iso42001:A.2.2', relationship: 'EQUAL', strength: 11, rationale: 'x' },
        ],
      },
      /strength: must be a whole number from 1 to 10$/,
    ],
    [
      'an unknown crosswalk relationship',
      {
        relationships: [
          { type: 'SATISFIES', from: 'control:GOV-01', to: 'iso42001:A.2.2', relationship: 'SIMILAR', strength: 5, rationale: 'x' },
        ],
      },
      /relationship: must be one of EQUAL, SUBSET_OF, /,
    ],
    [
      'a provision of an unknown framework',
      {
        nodes: [
          {
            label: 'Provision',
            id: 'gdpr:art-5',
            framework: 'gdpr',
            kind: 'ARTICLE',
            number: '5',
            ref: 'Art. 5',
            title: 'Principles',
            position: 1,
          },
        ],
      },
      /names no framework loaded before it/,
    ],
  ];

  it.each(rejections)('rejects %s, naming the file and the record', (_name, content, message) => {
    let error: unknown;
    try {
      parse(content);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as Error).message).toMatch(/^demo\/test\.json: /);
    expect((error as Error).message).toMatch(message);
  });

  it('rejects text that is not JSON', () => {
    expect(() => parseDataFile('demo/broken.json', '{"nodes": [', known(), today)).toThrow(/demo\/broken\.json: file: is not valid JSON/);
  });
});
