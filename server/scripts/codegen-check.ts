// Fails when the generated types are stale: regenerates in memory and compares with the files on disk.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import config from '../../codegen.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
process.chdir(root);
const outputs = (await generate({ ...config, silent: true }, false)) as { filename: string; content: string }[];
const stale: string[] = [];
for (const output of outputs) {
  const onDisk = await readFile(path.resolve(root, output.filename), 'utf8').catch(() => undefined);
  if (onDisk !== output.content) stale.push(output.filename);
}
if (stale.length > 0) {
  console.error(`codegen: generated files are stale, run \`pnpm codegen\`:\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
console.log(`codegen: ${outputs.length} generated files are up to date`);
