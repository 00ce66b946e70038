import { parseArgs } from 'node:util';

/** How many of each kind of the organisation's nodes the scale generator makes. */
interface ScaleSizes {
  systems: number;
  models: number;
  vendors: number;
  controls: number;
  owners: number;
  evidence: number;
}

export interface ScaleOptions extends ScaleSizes {
  seed: number;
}

/** The issue's organisation: 5,000 systems, 1,000 models, 300 vendors, 2,000 controls, 800 owners, 50,000 evidence items. */
export const DEFAULT_SCALE: ScaleOptions = {
  systems: 5000,
  models: 1000,
  vendors: 300,
  controls: 2000,
  owners: 800,
  evidence: 50000,
  seed: 42,
};

const SIZE_NAMES = ['systems', 'models', 'vendors', 'controls', 'owners', 'evidence'] as const;
/** Evidence may be none; every other kind needs at least one node (the big vendor, a team…). */
const MINIMUM: Record<(typeof SIZE_NAMES)[number], number> = { systems: 1, models: 1, vendors: 1, controls: 1, owners: 1, evidence: 0 };

function wholeNumber(name: string, value: string, minimum: number): number {
  const parsed = Number(value.replaceAll('_', ''));
  if (!Number.isSafeInteger(parsed) || parsed < minimum)
    throw new Error(`--${name} must be a whole number from ${minimum}, got "${value}"`);
  return parsed;
}

export interface ScaleCommand {
  options: ScaleOptions;
  /** Remove every generated node and stop. */
  clear: boolean;
  /** Regenerate even when the graph already holds this seed and these sizes. */
  force: boolean;
  batchSize: number;
  help: boolean;
}

export const SCALE_USAGE = `usage: pnpm graph:generate [--systems N] [--models N] [--vendors N] [--controls N] [--owners N]
                           [--evidence N] [--seed N] [--batch-size N] [--force] [--clear]

Loads a synthetic organisation into the Neo4j that NEO4J_URI names (default: the local one \`npm start\` runs).
Defaults: ${SIZE_NAMES.map((name) => `--${name} ${DEFAULT_SCALE[name]}`).join(', ')}, --seed ${DEFAULT_SCALE.seed}.
  --force   regenerate even when the graph already holds this seed and these sizes
  --clear   remove every generated node (ids with the gen- infix) and stop`;

/** Parses the flags of `pnpm graph:generate` (and the generator flags of `pnpm bench`). */
export function parseScaleArgs(
  argv: string[],
  extra: Record<string, { type: 'string' | 'boolean' }> = {},
): ScaleCommand & { extra: Record<string, unknown> } {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      ...Object.fromEntries(SIZE_NAMES.map((name) => [name, { type: 'string' as const }])),
      seed: { type: 'string' },
      'batch-size': { type: 'string' },
      force: { type: 'boolean', default: false },
      clear: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      ...extra,
    },
  });
  const given = values as Record<string, string | boolean | undefined>;
  const options: ScaleOptions = { ...DEFAULT_SCALE };
  for (const name of SIZE_NAMES) {
    const value = given[name];
    if (typeof value === 'string') options[name] = wholeNumber(name, value, MINIMUM[name]);
  }
  if (typeof given.seed === 'string') options.seed = wholeNumber('seed', given.seed, 0);
  const batchSize = typeof given['batch-size'] === 'string' ? wholeNumber('batch-size', given['batch-size'], 1) : 5000;
  const extraValues = Object.fromEntries(Object.keys(extra).map((name) => [name, given[name]]));
  return { options, clear: given.clear === true, force: given.force === true, batchSize, help: given.help === true, extra: extraValues };
}
