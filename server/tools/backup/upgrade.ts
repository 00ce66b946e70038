// Export files of earlier versions, brought up to the one this Crosswalk writes (format.ts) before
// they are validated, so `pnpm graph:import` reads every version it ever wrote.
//
//   version 1 → 2 (issue 10): AISystem.publicAuthority is replaced by three facts (upgradePublicAuthority).
import { EXPORT_VERSION } from './format.js';

/** The export versions `pnpm graph:import` reads; the last is the one `pnpm graph:export` writes. */
export const READABLE_EXPORT_VERSIONS = [1, EXPORT_VERSION] as const;

/** The facts AISystem.publicAuthority = true stood for (graph/README.md, "AISystem"). */
export const PUBLIC_STATUS_FACTS = ['deployerIsPublicAuthority', 'deployerIsPublicServiceBody', 'intendedForPublicAuthorities'] as const;

/**
 * An AISystem's properties of before issue 10, with `publicAuthority` turned into today's facts, as
 * graph/migrations/0007-public-status-facts.cypher does to a graph: `true` sets all three facts to
 * true; any other value (false above all) is removed and the facts stay missing. `false` did not say
 * which of the three was meant, and a missing fact means "unknown", for which applicability assumes
 * the duty: the conservative reading. Properties without `publicAuthority` come back unchanged.
 */
export function upgradePublicAuthority<V>(properties: Readonly<Record<string, V | boolean>>): Record<string, V | boolean> {
  if (!Object.hasOwn(properties, 'publicAuthority')) return { ...properties };
  const { publicAuthority, ...rest } = properties;
  if (publicAuthority !== true) return rest;
  return { ...rest, ...Object.fromEntries(PUBLIC_STATUS_FACTS.map((fact) => [fact, true])) };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A parsed version-1 export file as version 2: every AISystem node's properties upgraded
 * (upgradePublicAuthority); nothing else in the file differs between the two versions. Anything
 * malformed is left as it is, for validation to report at its path.
 */
export function upgradeVersion1(data: Record<string, unknown>): Record<string, unknown> {
  const nodes = Array.isArray(data.nodes)
    ? data.nodes.map((node: unknown) =>
        isObject(node) && node.label === 'AISystem' && isObject(node.properties)
          ? { ...node, properties: upgradePublicAuthority(node.properties) }
          : node,
      )
    : data.nodes;
  return { ...data, version: 2, nodes };
}
