import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../server/src/config.js';

// No Docker engine, and no Compose, runs here: docker-compose.yml is checked against the Compose
// Specification's JSON schema (compose-spec.json, as the `dclint` package ships it: the linter's
// own copy of the upstream schema, current with Compose), then its content is read as YAML.
// Compose interpolates `${VAR:-default}` before it validates; the schema takes those strings as
// they are, so the tests below check which variable each value comes from.

function composeSchemaValidator(): ValidateFunction {
  const dclintDir = path.dirname(createRequire(import.meta.url).resolve('dclint/package.json'));
  const schema = JSON.parse(readFileSync(path.join(dclintDir, 'schemas', 'compose.schema.json'), 'utf8')) as Record<string, unknown>;
  expect(schema).toMatchObject({ $id: 'compose_spec.json', title: 'Compose Specification' });
  // Its $schema names draft-07 by a URL that Ajv does not know; Ajv's default draft is draft-07.
  const { $schema: _draft07, ...draft07 } = schema;
  // Strict: a keyword or format Ajv did not understand would throw here rather than pass unchecked.
  return new Ajv({ allErrors: true, allowUnionTypes: true, strictTypes: false }).compile(draft07);
}

const validate = composeSchemaValidator();
const composeText = readFileSync(path.join(repoRoot, 'docker-compose.yml'), 'utf8');

/** The schema's verdict: the problems, one line each (empty when the file is valid). */
function schemaProblems(compose: unknown): string[] {
  return validate(compose)
    ? []
    : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`);
}

interface Service {
  image?: string;
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test?: string[] };
  depends_on?: Record<string, { condition?: string }>;
}
interface Compose {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

/** A fresh copy of the file's content each time, so a test can break it. */
const compose = (): Compose => parse(composeText) as Compose;

describe('docker-compose.yml', () => {
  it('is valid against the Compose Specification schema', () => {
    expect(schemaProblems(compose())).toEqual([]);
  });

  it('the schema refuses a broken file: an unknown key, a wrong type, an unknown depends_on condition', () => {
    const unknownKey = compose() as unknown as { services: Record<string, Record<string, unknown>> };
    unknownKey.services.neo4j!.helthcheck = unknownKey.services.neo4j!.healthcheck;
    expect(schemaProblems(unknownKey)).toEqual([
      expect.stringMatching(/^\/services\/neo4j must NOT have additional properties .*"helthcheck"/),
    ]);

    const wrongType = compose() as unknown as { services: Record<string, Record<string, unknown>> };
    wrongType.services.neo4j!.volumes = 'neo4j-data:/data';
    expect(schemaProblems(wrongType)).toContainEqual(expect.stringMatching(/^\/services\/neo4j\/volumes must be array/));

    const badCondition = compose();
    badCondition.services.app!.depends_on!.neo4j!.condition = 'service_happy';
    expect(schemaProblems(badCondition)).toContainEqual(
      expect.stringMatching(/^\/services\/app\/depends_on\/neo4j\/condition must be equal to one of the allowed values/),
    );
  });

  it('names only declared volumes and existing services, as Compose requires', () => {
    const { services, volumes = {} } = compose();
    for (const service of Object.values(services)) {
      for (const mount of service.volumes ?? []) {
        const source = mount.split(':')[0]!;
        // A path (`.`, `./x`, `/x`) is a bind mount; any other source is a named volume.
        if (!/^[./~]/.test(source)) expect(Object.keys(volumes)).toContain(source);
      }
      for (const dependency of Object.keys(service.depends_on ?? {})) expect(Object.keys(services)).toContain(dependency);
    }
  });

  it('runs Neo4j 5.26 Community with its password from the environment, a named volume and a cypher-shell healthcheck', () => {
    const { services, volumes = {} } = compose();
    const neo4j = services.neo4j!;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.environment?.NEO4J_AUTH).toBe('neo4j/${NEO4J_PASSWORD:-crosswalk}');
    expect(neo4j.environment?.NEO4J_dbms_usage__report_enabled).toBe('false');
    expect(neo4j.volumes).toContain('neo4j-data:/data');
    expect(volumes).toHaveProperty('neo4j-data');
    expect(neo4j.healthcheck?.test?.join(' ')).toMatch(/cypher-shell/);
  });

  it('starts the app only once Neo4j is healthy, pointed at it', () => {
    const app = compose().services.app!;
    expect(app.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    expect(app.environment?.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(app.environment?.NEO4J_PASSWORD).toBe('${NEO4J_PASSWORD:-crosswalk}');
    expect(app.ports).toContain('127.0.0.1:4000:4000');
  });

  it('passes an admin key from the environment to the app', () => {
    expect(compose().services.app!.environment?.CROSSWALK_ADMIN_KEY).toBe('${CROSSWALK_ADMIN_KEY:-}');
  });
});
