// One vocabulary (issue 11): every SDL enum's values are generated once (server/src/generated/enums.ts,
// the explorer's copy web/src/gql/enums.ts) and the graph model, the access roles and the bench's
// @neo4j/graphql server take theirs from there. A value added to the SDL must reach all of them.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { buildSchema, isEnumType, type GraphQLEnumType, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ACCESS_ROLES } from '../auth/roles.js';
import { NEO4J_GRAPHQL_ENUMS, NEO4J_GRAPHQL_TYPE_DEFS } from '../../tools/bench/neo4j-graphql.js';
import * as generated from '../generated/enums.js';
import { loadTypeDefs } from '../http/schema.js';
import * as model from './model.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** `Article6_3Condition` → `ARTICLE6_3_CONDITION_VALUES`, as codegen.ts names the arrays. */
function arrayName(enumName: string): string {
  return `${enumName
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .toUpperCase()}_VALUES`;
}

async function sdlEnums(): Promise<GraphQLEnumType[]> {
  const schema = buildSchema((await loadTypeDefs()).join('\n'));
  return Object.values(schema.getTypeMap()).filter((type): type is GraphQLEnumType => isEnumType(type) && !type.name.startsWith('__'));
}

const arrays = generated as unknown as Record<string, readonly string[]>;

describe('generated enum values', () => {
  it('are every SDL enum, with the same values in the same order, and nothing else', async () => {
    const enums = await sdlEnums();
    expect(enums.length).toBeGreaterThan(30);
    for (const type of enums) {
      expect(arrays[arrayName(type.name)], type.name).toEqual(type.getValues().map((value) => value.value));
    }
    expect(Object.keys(generated).sort()).toEqual(enums.map((type) => arrayName(type.name)).sort());
  });

  it('are the same module for the explorer (web/src/gql/enums.ts)', async () => {
    const server = await readFile(path.join(root, 'server/src/generated/enums.ts'), 'utf8');
    const web = await readFile(path.join(root, 'web/src/gql/enums.ts'), 'utf8');
    expect(web).toBe(server);
  });
});

describe('the graph model', () => {
  it('takes every enum list from the generated values', () => {
    const fromSdl: Record<string, readonly string[]> = {
      RELATIONSHIPS: generated.MAPPING_RELATIONSHIP_VALUES,
      ROLES: generated.ROLE_VALUES,
      ANNEX_III_AREAS: generated.ANNEX_III_AREA_VALUES,
      ARTICLE_6_3_CONDITIONS: generated.ARTICLE6_3_CONDITION_VALUES,
      ARTICLE_25_TRIGGERS: generated.ARTICLE25_TRIGGER_VALUES,
      TRANSPARENCY_TRIGGERS: generated.TRANSPARENCY_TRIGGER_VALUES,
      EVIDENCE_KINDS: generated.EVIDENCE_KIND_VALUES,
    };
    const lists = model as unknown as Record<string, unknown>;
    for (const [name, values] of Object.entries(fromSdl)) expect(lists[name], name).toBe(values);
  });

  it('splits the SDL RiskClass into the classes of systems and of obligations', () => {
    expect(model.SYSTEM_RISK_CLASSES).toEqual(['PROHIBITED', 'HIGH_RISK', 'TRANSPARENCY', 'MINIMAL']);
    expect(new Set([...model.SYSTEM_RISK_CLASSES, ...model.OBLIGATION_RISK_CLASSES])).toEqual(new Set(generated.RISK_CLASS_VALUES));
    expect(model.OBLIGATION_RISK_CLASSES).not.toContain('MINIMAL');
  });

  it('validates every enum property against a generated list', () => {
    const generatedLists = new Set(Object.values(arrays));
    const specs = [...Object.values(model.NODE_SPECS), ...Object.values(model.RELATIONSHIP_SPECS)];
    const enumProperties = specs
      .flatMap((spec) => [...Object.values(spec.required), ...Object.values(spec.optional)])
      .filter((property) => property.type === 'enum' || property.type === 'enums');
    const handWritten = enumProperties.filter(
      (property) =>
        'values' in property &&
        !generatedLists.has(property.values) &&
        property.values !== model.SYSTEM_RISK_CLASSES &&
        property.values !== model.OBLIGATION_RISK_CLASSES &&
        property.values !== model.ANNEX_III_POINTS,
    );
    expect(enumProperties.length).toBeGreaterThan(15);
    expect(handWritten).toEqual([]);
  });
});

describe('the access roles', () => {
  it('are the SDL AccessRole', () => {
    expect(ACCESS_ROLES).toBe(generated.ACCESS_ROLE_VALUES);
  });
});

describe("the bench's @neo4j/graphql type definitions", () => {
  it('declare their enums with the generated values', async () => {
    const enums = new Map((await sdlEnums()).map((type) => [type.name, type.getValues().map((value) => value.value)]));
    for (const [name, values] of Object.entries(NEO4J_GRAPHQL_ENUMS)) {
      expect(values, name).toBe(arrays[arrayName(name)]);
      expect(values, name).toEqual(enums.get(name));
      expect(NEO4J_GRAPHQL_TYPE_DEFS).toContain(`enum ${name} {\n${values.map((value) => `    ${value}`).join('\n')}\n  }`);
    }
  });

  it('build a schema whose enums hold every generated value', async () => {
    const schema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPE_DEFS }).getSchema();
    for (const [name, values] of Object.entries(NEO4J_GRAPHQL_ENUMS)) {
      const type = schema.getType(name);
      expect(isEnumType(type), name).toBe(true);
      expect((type as GraphQLEnumType).getValues().map((value) => value.value)).toEqual(values);
    }
    // The fields use them: a stored value outside the SDL's enum would fail there too.
    expect((schema.getType('AISystem') as GraphQLObjectType).getFields().riskClass!.type.toString()).toBe('RiskClass!');
  }, 60_000);
});
