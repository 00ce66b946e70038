// The closed lists the explorer's URLs and filters take values from. They mirror SDL enums
// (NodeKind, GapStatus, RiskClass) and the graph layouts the canvas offers.

export const LAYOUTS = ['fcose', 'dagre', 'concentric', 'breadthfirst', 'grid'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const NODE_KINDS = [
  'FRAMEWORK',
  'PROVISION',
  'OBLIGATION',
  'MILESTONE',
  'LEGISLATIVE_NOTE',
  'CONTROL',
  'AI_SYSTEM',
  'MODEL',
  'VENDOR',
  'OWNER',
  'EVIDENCE',
] as const;
export type Kind = (typeof NODE_KINDS)[number];

export const FRAMEWORKS = ['eu-ai-act', 'iso42001'] as const;
export type FrameworkId = (typeof FRAMEWORKS)[number];

export const GAP_STATUSES = ['COVERED', 'PARTIAL', 'STALE_EVIDENCE', 'UNCOVERED'] as const;
export type GapStatusName = (typeof GAP_STATUSES)[number];

export const RISK_CLASSES = ['PROHIBITED', 'HIGH_RISK', 'TRANSPARENCY', 'MINIMAL', 'GPAI', 'GPAI_SYSTEMIC_RISK', 'ALL'] as const;
export type RiskClassName = (typeof RISK_CLASSES)[number];
