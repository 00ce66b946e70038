import type { HomeExamplesQuery, HomeSystemGapsQuery } from '../gql/graphql.js';
import { freshView, type ViewState } from '../state/view-state.js';

/**
 * One example per job from the demo organisation (graph/data/demo): a control that satisfies an
 * obligation directly and others through ISO/IEC 42001, the vendor behind several high-risk systems,
 * and a high-risk system with uncovered obligations.
 */
export const DEMO_EXAMPLE_IDS = {
  control: 'control:RSK-01',
  vendor: 'vendor:halvard-ai',
  system: 'system:credit-scoring',
} as const;

export type ExampleNode = HomeExamplesQuery['nodes'][number];

interface JobExample {
  id: string;
  /** The node's label as the API gives it ("RSK-01 AI risk management methodology"). */
  label: string;
  to: ViewState;
}

export interface JobExamples {
  crosswalk: JobExample | null;
  impact: JobExample | null;
  gaps: JobExample | null;
}

/**
 * The examples this graph holds: an id missing (someone else's data) or of another kind gives null,
 * and the page shows that job without an example.
 */
export function jobExamples(nodes: readonly ExampleNode[], ids: typeof DEMO_EXAMPLE_IDS = DEMO_EXAMPLE_IDS): JobExamples {
  const byId = new Map(nodes.filter((node): node is NonNullable<ExampleNode> => node !== null).map((node) => [node.id, node]));
  const control = byId.get(ids.control);
  const vendor = byId.get(ids.vendor);
  const system = byId.get(ids.system);
  return {
    crosswalk:
      control?.__typename === 'Control'
        ? { id: control.id, label: `${control.code} ${control.name}`, to: freshView('crosswalk', { subject: control.id }) }
        : null,
    impact: vendor?.__typename === 'Vendor' ? { id: vendor.id, label: vendor.name, to: freshView('impact', { subject: vendor.id }) } : null,
    gaps: system?.__typename === 'AISystem' ? { id: system.id, label: system.name, to: freshView('gaps', { subject: system.id }) } : null,
  };
}

type GapTotals = HomeSystemGapsQuery['gaps']['summary']['total'];

/** "4 uncovered, 6 partial and 1 with stale evidence of 38 obligations that apply today." */
export function gapSentence(totals: GapTotals): string {
  if (totals.total === 0) return 'No obligations apply to it today.';
  const parts = [
    totals.uncovered > 0 ? `${totals.uncovered} uncovered` : null,
    totals.partial > 0 ? `${totals.partial} partial` : null,
    totals.staleEvidence > 0 ? `${totals.staleEvidence} with stale evidence` : null,
  ].filter((part): part is string => part !== null);
  if (parts.length === 0)
    return totals.total === 1
      ? 'The one obligation that applies today is covered.'
      : `All ${totals.total} obligations that apply today are covered.`;
  const of = `of ${totals.total} ${totals.total === 1 ? 'obligation that applies' : 'obligations that apply'} today.`;
  const listed = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `${listed} ${of}`;
}
