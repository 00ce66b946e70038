import {
  readBoundedInt,
  readFlag,
  readIds,
  readLayout,
  readList,
  readText,
  writeBoundedInt,
  writeFlag,
  writeLayout,
  writeList,
  writeText,
  type ViewUrlState,
} from '../state/url-params.js';
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

export const exploreUrlState: ViewUrlState<ExploreUrlState> = {
  defaults: {
    subject: null,
    nodes: [],
    expanded: [],
    hidden: [],
    pinned: [],
    kinds: [],
    frameworks: [],
    layout: DEFAULT_LAYOUT,
    nested: false,
  },
  parse: (params) => ({
    subject: readText(params, 'subject'),
    nodes: readIds(params, 'node'),
    expanded: readIds(params, 'expanded'),
    hidden: readIds(params, 'hidden'),
    pinned: readIds(params, 'pinned'),
    kinds: readList(params, 'kind', NODE_KINDS),
    frameworks: readList(params, 'framework', FRAMEWORKS),
    layout: readLayout(params, DEFAULT_LAYOUT),
    nested: readFlag(params, 'nested'),
    ...readBoundedInt(params, 'depth', 'expandDepth', MAX_EXPAND_DEPTH, DEFAULT_EXPAND_DEPTH),
    ...readBoundedInt(params, 'limit', 'expandLimit', MAX_EXPAND_LIMIT, DEFAULT_EXPAND_LIMIT),
  }),
  format: (state, params) => {
    writeText(params, 'subject', state.subject);
    writeList(params, 'node', state.nodes);
    writeList(params, 'expanded', state.expanded);
    writeList(params, 'hidden', state.hidden);
    writeList(params, 'pinned', state.pinned);
    writeList(params, 'kind', state.kinds);
    writeList(params, 'framework', state.frameworks);
    writeLayout(params, state.layout, DEFAULT_LAYOUT);
    writeFlag(params, 'nested', state.nested);
    writeBoundedInt(params, 'depth', state.expandDepth, DEFAULT_EXPAND_DEPTH);
    writeBoundedInt(params, 'limit', state.expandLimit, DEFAULT_EXPAND_LIMIT);
  },
};
