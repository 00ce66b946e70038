import { canvasNodeOf } from '../common/node-label.js';
import type {
  CrosswalkControlSatisfactionQuery,
  CrosswalkReasoningFragment,
  CrosswalkTargetControlsQuery,
  EvidenceSummaryFieldsFragment,
} from '../gql/graphql.js';
import type { CrosswalkResult, PathNode } from './results.js';

// The API's two answers, `satisfaction` (from a control) and `controlsFor` (towards a provision or
// obligation), as the one CrosswalkResult shape the canvas, the table and the explanation share.

type SatisfactionItem = CrosswalkControlSatisfactionQuery['satisfaction'][number];
type ControlsForItem = CrosswalkTargetControlsQuery['controlsFor'][number];

/** How current a control's evidence is, as the API answers it. */
export type EvidenceSummary = EvidenceSummaryFieldsFragment;

/** A row of "what a control satisfies". */
export interface SatisfactionRow extends CrosswalkResult {
  /** An obligation's summary, shown under its code. */
  summary: string | null;
}

/** A row of "which controls satisfy this provision or obligation". */
export interface ControlRow extends CrosswalkResult {
  evidence: EvidenceSummary;
  implementationStatus: string | null;
}

/** A control's link to a target, keyed by the end that is not the subject, with the reasoning both answers carry (CrosswalkReasoning). */
function crosswalkResult(key: string, control: PathNode, target: PathNode, reasoning: CrosswalkReasoningFragment): CrosswalkResult {
  return {
    key,
    control,
    target,
    relationship: reasoning.relationship,
    strength: reasoning.strength,
    coverage: reasoning.coverage,
    direct: reasoning.direct,
    hops: reasoning.hops,
    paths: reasoning.paths,
  };
}

export function fromSatisfaction(control: PathNode, item: SatisfactionItem): SatisfactionRow {
  const target = canvasNodeOf(item.target);
  const summary = item.target.__typename === 'Obligation' ? item.target.summary : null;
  return { ...crosswalkResult(target.id, control, target, item), summary };
}

export function fromControlsFor(target: PathNode, item: ControlsForItem): ControlRow {
  const control = canvasNodeOf(item.control);
  return {
    ...crosswalkResult(control.id, control, target, item.satisfaction),
    evidence: item.evidence,
    implementationStatus: item.control.implementationStatus,
  };
}

/** Evidence freshness in words: "3 current, 2 expiring, 1 expired (6 items)", or "no evidence". */
export function evidenceText(evidence: EvidenceSummary): string {
  if (evidence.total === 0) return 'no evidence';
  return `${evidence.current} current, ${evidence.expiring} expiring, ${evidence.expired} expired (${evidence.total} item${evidence.total === 1 ? '' : 's'})`;
}
