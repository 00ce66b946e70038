import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// server/src is what runs in production; the bench, load, scale and backup tools live in server/tools.
// Production code importing a tool would ship it again, so no runtime file may (tests may: they check tools).
const srcDir = path.dirname(fileURLToPath(import.meta.url));
const toolsDir = path.resolve(srcDir, '../tools');

function runtimeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return runtimeFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('server/src', () => {
  it('imports nothing from server/tools', () => {
    const files = runtimeFiles(srcDir);
    expect(files.length).toBeGreaterThan(50);
    const offending = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from\s+'(\.[^']+)'/g)]
        .map((match) => path.resolve(path.dirname(file), match[1]!))
        .filter((target) => target.startsWith(toolsDir + path.sep))
        .map((target) => `${path.relative(srcDir, file)} → ${path.relative(srcDir, target)}`),
    );
    expect(offending).toEqual([]);
  });
});
