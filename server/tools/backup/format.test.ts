import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { EXPORTED_RELATIONSHIPS, decodeValue, encodeValue } from './format.js';
import { validateExportFile } from './import.js';

const roundTrip = (value: unknown) => {
  const decoded = decodeValue(encodeValue(value));
  if (typeof decoded === 'string') throw new Error(decoded);
  return decoded;
};

describe('export value encoding', () => {
  it('keeps every type and every digit', () => {
    const values = [
      'text',
      true,
      neo4j.int(42),
      neo4j.int('9007199254740993'),
      0.25,
      new neo4j.types.Date(2026, 1, 2),
      new neo4j.types.DateTime(2026, 1, 2, 3, 4, 5, 123456789, 0),
      new neo4j.types.DateTime(2026, 1, 2, 3, 4, 5, 0, -18000),
      new neo4j.types.DateTime(2026, 1, 2, 3, 4, 5, 0, undefined, 'Europe/Paris'),
      new neo4j.types.LocalDateTime(2026, 1, 2, 3, 4, 5, 1),
      [neo4j.int(1), neo4j.int(2)],
      [new neo4j.types.Date(2026, 12, 31)],
    ];
    for (const value of values) {
      const { value: back } = roundTrip(value);
      expect(String(back)).toBe(String(value));
      expect((Array.isArray(back) ? back[0] : back)?.constructor).toBe((Array.isArray(value) ? value[0] : value)?.constructor);
    }
    expect(encodeValue(neo4j.int(7))).toBe(7);
    expect(encodeValue(new neo4j.types.Date(2026, 1, 2))).toEqual({ $date: '2026-01-02' });
  });

  it('says what is wrong with a value that is not of the format', () => {
    expect(decodeValue(1.5)).toMatch(/not a whole number/);
    expect(decodeValue({ $date: '2026-02-30' })).toMatch(/calendar date/);
    expect(decodeValue({ $datetime: '2026-01-02T03:04:05' })).toMatch(/offset/);
    expect(decodeValue({ $when: 'now' })).toMatch(/unknown value tag/);
    expect(decodeValue([1, 'a'])).toMatch(/one type/);
    expect(decodeValue(null)).toMatch(/not a property value/);
  });

  it('carries only relationships with an organisation end, never reference-only ones', () => {
    const types = new Set(EXPORTED_RELATIONSHIPS.map((kind) => kind.type));
    expect(types).toContain('SATISFIES');
    expect(types).not.toContain('MAPS_TO');
    expect(types).not.toContain('PART_OF');
  });
});

describe('export file validation (no database)', () => {
  it('finds every problem with its path', () => {
    const { problems } = validateExportFile({
      format: 'crosswalk-export',
      version: 2,
      exportedAt: '2026-11-29T00:00:00Z',
      counts: { nodes: { Owner: 1, Evidence: 1 }, relationships: { OWNS: 1 } },
      nodes: [
        { label: 'Owner', id: 'owner:a', extraLabels: ['Team'], properties: { kind: 'PERSON', name: 'A' } },
        { label: 'Evidence', id: 'evidence:e', properties: { title: 'E', kind: 'POLICY', collectedOn: { $date: '2026-01-01' } } },
      ],
      relationships: [{ type: 'OWNS', from: 'owner:a', to: 'evidence:e', properties: { since: 1 } }],
    });
    expect(problems.map((problem) => problem.path)).toEqual([
      'nodes[0].extraLabels',
      'nodes[1].properties.validUntil',
      'relationships[0].properties.since',
    ]);
  });
});

describe('classification assessments in the file (no database)', () => {
  const assessment = (id: string, properties: Record<string, unknown>) => ({ label: 'ClassificationAssessment', id, properties });
  const good = {
    assessedAt: { $datetime: '2026-09-01T10:00:00.123Z' },
    assessedBy: 'Ana',
    answers: '[{"questionId":"scope.military","value":"NO","values":null}]',
    result: '{"riskClass":"MINIMAL","complete":true}',
  };
  const file = (nodes: unknown[], relationships: unknown[]) => ({
    format: 'crosswalk-export',
    version: 2,
    exportedAt: '2026-11-29T00:00:00Z',
    counts: {
      nodes: { ClassificationAssessment: nodes.length },
      relationships: relationships.length > 0 ? { CLASSIFIED_BY: relationships.length } : {},
    },
    nodes,
    relationships,
  });
  const link = (from: string, to: string, properties: Record<string, unknown> = {}) => ({ type: 'CLASSIFIED_BY', from, to, properties });

  it('takes an assessment with its link, typed, its system left to the graph', () => {
    const { problems, prepared, references } = validateExportFile(
      file([assessment('assessment:1f0c', good)], [link('system:s', 'assessment:1f0c')]),
    );
    expect(problems).toEqual([]);
    expect(neo4j.isDateTime(prepared.nodes[0]!.properties.assessedAt)).toBe(true);
    expect(prepared.relationships[0]).toMatchObject({ type: 'CLASSIFIED_BY', fromLabel: 'AISystem', toLabel: 'ClassificationAssessment' });
    expect(references.map((reference) => [reference.label, reference.id])).toEqual([['AISystem', 'system:s']]);
  });

  it('names every problem of an assessment and its link with its path', () => {
    const { assessedBy: _by, ...withoutAssessedBy } = good;
    const { problems } = validateExportFile(
      file(
        [
          assessment('evaluation:1', good),
          assessment('assessment:2', { ...withoutAssessedBy, assessedAt: '2026-09-01T10:00:00Z', colour: 'red' }),
          assessment('assessment:3', { ...good, answers: 'not json', result: '[]' }),
          assessment('assessment:4', good),
          assessment('assessment:5', good),
        ],
        [
          link('system:s', 'assessment:2'),
          link('system:s', 'assessment:3', { weight: 1 }),
          link('system:s', 'assessment:5'),
          link('system:t', 'assessment:5'),
          link('system:s', 'assessment:9'),
          link('control:c', 'assessment:2'),
        ],
      ),
    );
    expect(problems.map((problem) => problem.path)).toEqual([
      'nodes[0].id',
      'nodes[1].properties.colour',
      'nodes[1].properties.assessedAt',
      'nodes[1].properties.assessedBy',
      'nodes[2].properties.answers',
      'nodes[2].properties.result',
      'relationships[1].properties.weight',
      'relationships[4].to',
      'relationships[5]',
      'nodes[3]',
      'relationships[3]',
    ]);
    const message = (path: string) => problems.find((problem) => problem.path === path)?.message;
    expect(message('nodes[0].id')).toMatch(/assessment:<uuid>/);
    expect(message('nodes[1].properties.assessedBy')).toBe('missing required property "assessedBy"');
    expect(message('nodes[1].properties.assessedAt')).toMatch(/date-time/);
    expect(message('relationships[4].to')).toMatch(/no ClassificationAssessment "assessment:9" in the file/);
    expect(message('relationships[5]')).toMatch(/CLASSIFIED_BY goes from AISystem to ClassificationAssessment/);
    expect(message('nodes[3]')).toMatch(/no CLASSIFIED_BY relationship/);
    expect(message('relationships[3]')).toMatch(/belongs to one AI system/);
  });
});
