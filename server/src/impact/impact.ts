import type { GraphExecutor } from '../db/executor.js';
import { badUserInput, notFound } from '../common/errors.js';
import { integerArgument } from '../common/integer-arguments.js';
import { KIND_NAMES } from '../common/validation.js';
import { labelOfId } from '../graph/model.js';
import type { GraphPath } from '../subgraph/graph-elements.js';
import {
  controlsToReview,
  evidenceToReview,
  impactResult,
  obligationsCovered,
  ownersToNotify,
  startPath,
  systemsAffected,
  type ImpactResult,
} from './analysis.js';
import {
  IMPACT_LABELS,
  MAX_IMPACT_DEPTH,
  controlsGoverning,
  evidenceSupporting,
  obligationPaths,
  ownersOf,
  systemsReached,
  type ImpactLabel,
} from './reach.js';

const IMPACT_DEPTH = { fallback: 4, max: MAX_IMPACT_DEPTH };
const IMPACT_LIMIT = { fallback: 500, max: 5000 };

export interface ImpactRequest {
  of: string;
  label: ImpactLabel;
  maxDepth: number;
  limit: number;
}

/** Checks `impact`'s arguments before anything runs; the kind of `of` is read from its id's prefix. */
export function impactRequest(args: { of: string; maxDepth?: number | null; limit?: number | null }): ImpactRequest {
  const maxDepth = integerArgument(args.maxDepth, 'maxDepth', IMPACT_DEPTH);
  const limit = integerArgument(args.limit, 'limit', IMPACT_LIMIT);
  const label = labelOfId(args.of);
  if (!(IMPACT_LABELS as readonly string[]).includes(label)) {
    throw badUserInput(
      `Impact is computed for a vendor, a model, a control or an evidence item; "${args.of}" is a ${KIND_NAMES[label]} id.`,
      'of',
    );
  }
  return { of: args.of, label: label as ImpactLabel, maxDepth, limit };
}

/**
 * What a change to a vendor, model, control or evidence item touches (README, "Impact and
 * subgraphs"): the affected systems, the controls to re-review, their evidence, the owners to notify
 * and the obligations those controls cover, each with the path that explains it. Three to five
 * queries, whatever the size of the answer: systems, then (vendor, model) their controls, then
 * evidence, owners and obligations side by side.
 */
export async function impactOf(db: GraphExecutor, request: ImpactRequest): Promise<ImpactResult> {
  const reach = await systemsReached(db, request.label, request.of, request.maxDepth);
  if (!reach) throw notFound(`No ${KIND_NAMES[request.label]} with id "${request.of}".`, 'of');
  const start = startPath(reach.of);

  const aiSystems = systemsAffected(reach.systems);
  const systemPaths = new Map(aiSystems.map((system) => [system.id, system.path]));
  // A changed control or evidence item names its controls itself; a vendor or model reaches them through the systems.
  const governing = request.label === 'Vendor' || request.label === 'Model' ? await controlsGoverning(db, [...systemPaths.keys()]) : [];
  const controls = controlsToReview(start, reach.startControls, governing, systemPaths);
  const controlPaths = new Map(controls.map((control) => [control.id, control.path]));

  const changedEvidence = request.label === 'Evidence' ? [request.of] : [];
  const [evidence, owners, targets] = await Promise.all([
    evidenceSupporting(
      db,
      controls.map((control) => ({ id: control.id, depth: control.path.edges.length })),
      request.of,
      request.limit,
    ),
    ownersOf(db, { systems: [...systemPaths.keys()], controls: [...controlPaths.keys()], evidence: changedEvidence }),
    obligationPaths(db, [...controlPaths.keys()]),
  ]);

  const evidenceList = evidenceToReview(evidence.page, controlPaths);
  // A changed evidence item is the first to re-review.
  if (request.label === 'Evidence') evidenceList.unshift({ id: request.of, path: start, relationship: null, strength: null });
  const ownedPaths = new Map<string, GraphPath>([...systemPaths, ...controlPaths, ...changedEvidence.map((id) => [id, start] as const)]);

  return impactResult(
    request.of,
    {
      aiSystems,
      controls,
      evidence: evidenceList,
      owners: ownersToNotify(owners, ownedPaths),
      obligations: obligationsCovered(targets, controlPaths),
    },
    { evidence: evidence.total + changedEvidence.length },
    request.limit,
  );
}
