import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Test fixtures live in web/fixtures, beside the tests that use them: the app's sources never import them,
// so they stay out of the bundle.
const source = path.dirname(fileURLToPath(import.meta.url));

const appFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return appFiles(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });

describe('the app bundle', () => {
  it('imports no test fixture', () => {
    const files = appFiles(source);
    expect(files.length).toBeGreaterThan(50);
    const importing = files.filter((file) => /from '[^']*fixtures?[/'.-]/.test(readFileSync(file, 'utf8')));
    expect(importing.map((file) => path.relative(source, file))).toEqual([]);
  });
});
