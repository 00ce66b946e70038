import { GAP_STATUS_VALUES, NODE_KIND_VALUES, RISK_CLASS_VALUES, type GapStatus, type NodeKind, type RiskClass } from '../gql/enums.js';

// The closed lists the explorer's URLs and filters take values from: the SDL's enums as codegen
// writes them (gql/enums.ts), the frameworks' ids and the graph layouts the canvas offers.

export const LAYOUTS = ['fcose', 'dagre', 'concentric', 'breadthfirst', 'grid'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const NODE_KINDS = NODE_KIND_VALUES;
export type Kind = NodeKind;

export const FRAMEWORKS = ['eu-ai-act', 'iso42001'] as const;
export type FrameworkId = (typeof FRAMEWORKS)[number];

export const GAP_STATUSES = GAP_STATUS_VALUES;
export type GapStatusName = GapStatus;

export const RISK_CLASSES = RISK_CLASS_VALUES;
export type RiskClassName = RiskClass;
