import { boundedIntParam, flagParam, idsParam, layoutParam, listParam, textParam, viewUrlState } from '../state/url-params.js';
import { FRAMEWORKS, NODE_KINDS, type FrameworkId, type Kind, type LayoutName } from '../state/vocabulary.js';

/** Explore's expansion bounds, as the API's `neighborhood` takes them. */
export const DEFAULT_EXPAND_DEPTH = 1;
export const MAX_EXPAND_DEPTH = 4;
export const DEFAULT_EXPAND_LIMIT = 200;
export const MAX_EXPAND_LIMIT = 2000;

/** What Explore keeps in the URL. */
export interface ExploreUrlState {
  /** The selected node. */
  subject: string | null;
  /** Nodes put on the canvas, in the order they were added. */
  nodes: string[];
  /** Nodes whose neighbours were expanded. */
  expanded: string[];
  hidden: string[];
  pinned: string[];
  /** Kinds and frameworks shown (every one when empty). */
  kinds: Kind[];
  frameworks: FrameworkId[];
  layout: LayoutName;
  /** Provisions drawn inside their chapter or topic (compound nodes) rather than flat. */
  nested: boolean;
  /** Hops (1–4) each expansion walks; DEFAULT_EXPAND_DEPTH when absent. */
  expandDepth?: number;
  /** Most nodes (1–2000) each expansion fetches; DEFAULT_EXPAND_LIMIT when absent. */
  expandLimit?: number;
}

const DEFAULT_LAYOUT: LayoutName = 'fcose';

export const exploreUrlState = viewUrlState<ExploreUrlState>({
  subject: textParam('subject'),
  nodes: idsParam('node'),
  expanded: idsParam('expanded'),
  hidden: idsParam('hidden'),
  pinned: idsParam('pinned'),
  kinds: listParam('kind', NODE_KINDS),
  frameworks: listParam('framework', FRAMEWORKS),
  layout: layoutParam(DEFAULT_LAYOUT),
  nested: flagParam('nested'),
  expandDepth: boundedIntParam('depth', MAX_EXPAND_DEPTH, DEFAULT_EXPAND_DEPTH),
  expandLimit: boundedIntParam('limit', MAX_EXPAND_LIMIT, DEFAULT_EXPAND_LIMIT),
});
