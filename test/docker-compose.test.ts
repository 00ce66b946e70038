import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../server/src/config.js';

// No Docker engine runs here, but Compose itself can read and validate the file: the
// `docker compose` plugin where installed, else Compose v1 (`docker-compose`, which .ci/run installs).
function composeCommand(): [string, string[]] {
  if (spawnSync('docker', ['compose', 'version'], { stdio: 'ignore' }).status === 0) return ['docker', ['compose']];
  return ['docker-compose', []];
}

function composeConfig(env: NodeJS.ProcessEnv = {}): string {
  const [command, prefix] = composeCommand();
  return execFileSync(command, [...prefix, '-f', 'docker-compose.yml', 'config'], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
}

describe('docker-compose.yml', () => {
  it('is accepted by Compose, with Neo4j 5.26 Community, a named volume and a cypher-shell healthcheck', () => {
    const config = composeConfig({ NEO4J_PASSWORD: 'from-the-environment' });
    expect(config).toMatch(/image: neo4j:5\.26-community/);
    expect(config).toMatch(/NEO4J_AUTH: neo4j\/from-the-environment/);
    expect(config).toMatch(/neo4j-data:\/data/);
    expect(config).toMatch(/cypher-shell/);
    expect(config).toMatch(/NEO4J_dbms_usage__report_enabled: "?false"?/);
  });

  it('starts the app only once Neo4j is healthy, pointed at it', () => {
    const config = composeConfig();
    expect(config).toMatch(/depends_on:\s+neo4j:\s+condition: service_healthy/);
    expect(config).toMatch(/NEO4J_URI: bolt:\/\/neo4j:7687/);
    expect(config).toMatch(/127\.0\.0\.1:4000:4000/);
  });

  it('passes an admin key from the environment to the app', () => {
    expect(composeConfig({ CROSSWALK_ADMIN_KEY: 'a-key-from-the-environment-0123456789' })).toMatch(/CROSSWALK_ADMIN_KEY: a-key-from-the-environment-0123456789/);
  });
});
