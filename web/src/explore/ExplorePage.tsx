import { useMemo, useRef } from 'react';
import { useQuery } from 'urql';
import { SearchBox } from '../common/SearchBox.js';
import { ErrorState, Loading } from '../common/states.js';
import { Canvas, type CanvasHandle } from '../graph/Canvas.js';
import { CanvasToolbar } from '../graph/CanvasToolbar.js';
import { EMPTY_GRAPH, toElements, type CanvasGraph } from '../graph/elements.js';
import { Legend } from '../graph/Legend.js';
import { useViewState } from '../state/use-view-state.js';
import type { ViewState } from '../state/view-state.js';
import { exploreGraph, idsNeedingEdges, kindCounts, labelOf, seedGraph, subgraphGraph, withEdges } from './canvas-graph.js';
import { DetailsPanel } from './DetailsPanel.js';
import { EmptyCanvas } from './EmptyCanvas.js';
import { addNode, canvasIsEmpty, canvasPlan, clearCanvas, collapseNode, expandNode, nodeActions, startFrom } from './explore-state.js';
import { ExploreFilters } from './ExploreFilters.js';
import { ExploreEdgesAmong, ExploreNeighborhood, ExploreSeeds } from './queries.js';
import { useQueryList } from './use-query-list.js';

interface BuiltCanvas {
  graph: CanvasGraph;
  /** Seed ids the API does not know (a stale link). */
  missing: string[];
}

const NOTHING_BUILT: BuiltCanvas = { graph: EMPTY_GRAPH, missing: [] };

/**
 * Explore: search, put nodes on the canvas, expand their neighbourhoods, read a node's details.
 * The canvas is rebuilt from the URL alone (seeds + expanded + filters), so reload, shared links and
 * back/forward show the same picture.
 */
export default function ExplorePage() {
  const [state, update] = useViewState();
  const canvas = useRef<CanvasHandle>(null);

  // The plan reads only these fields; `state` itself changes with every filter.
  const { nodes, expanded, expandDepth, expandLimit } = state;
  const plan = useMemo(() => canvasPlan({ nodes, expanded, expandDepth, expandLimit }), [nodes, expanded, expandDepth, expandLimit]);
  const [seedResult, reexecuteSeeds] = useQuery({ query: ExploreSeeds, variables: { ids: plan.seeds }, pause: plan.seeds.length === 0 });
  const neighborhoodRequests = useMemo(
    () => plan.expansions.map((request) => ({ key: `${request.id}|${request.depth}|${request.limit}`, variables: request })),
    [plan],
  );
  const neighborhoods = useQueryList(ExploreNeighborhood, neighborhoodRequests);
  const seedsLoading = plan.seeds.length > 0 && (seedResult.fetching || (!seedResult.data && !seedResult.error));
  const loading = seedsLoading || neighborhoods.fetching;

  // While answers are on their way the canvas keeps what it showed, so it lays out once, not per answer.
  const built = useMemo((): BuiltCanvas | null => {
    if (loading) return null;
    const seeds = plan.seeds.length > 0 && seedResult.data ? seedGraph(plan.seeds, seedResult.data.nodes) : NOTHING_BUILT;
    const expansions = neighborhoods.entries.flatMap((entry) => (entry.data ? [subgraphGraph(entry.data.neighborhood)] : []));
    return { graph: exploreGraph(seeds.graph, expansions), missing: seeds.missing };
  }, [loading, plan.seeds, seedResult.data, neighborhoods.entries]);
  const lastBuilt = useRef<BuiltCanvas>(NOTHING_BUILT);
  if (built) lastBuilt.current = built;
  const { graph: gathered, missing } = built ?? lastBuilt.current;
  // Edges between nodes that came from different answers (two seeds, a seed and a neighbourhood).
  const amongIds = useMemo(() => idsNeedingEdges(gathered, plan.seeds.length + plan.expansions.length), [gathered, plan]);
  const [among] = useQuery({ query: ExploreEdgesAmong, variables: { ids: amongIds }, pause: amongIds.length === 0 });
  const graph = useMemo(
    () => (among.data && amongIds.length > 0 ? withEdges(gathered, among.data.edgesAmong) : gathered),
    [gathered, among.data, amongIds],
  );

  const elements = useMemo(
    () =>
      toElements(graph, {
        hidden: state.hidden,
        pinned: state.pinned,
        kinds: state.kinds,
        frameworks: state.frameworks,
        nested: state.nested,
        selected: state.subject,
      }),
    [graph, state.hidden, state.pinned, state.kinds, state.frameworks, state.nested, state.subject],
  );
  const counts = useMemo(() => kindCounts(graph, state.hidden), [graph, state.hidden]);
  const shownKinds = useMemo(
    () => [...new Set(elements.filter((element) => element.group === 'nodes').map((element) => String(element.data.kind)))],
    [elements],
  );
  const shownNodeCount = elements.filter((element) => element.group === 'nodes').length;

  // Putting things on the canvas or taking them off is a step back can undo (push); filters refine it (replace).
  const change = (patch: Partial<ViewState>) => update(patch);
  const refine = (patch: Partial<ViewState>) => update(patch, { replace: true });
  const actions = nodeActions(state, change);
  const onSelect = (id: string | null) => {
    if (id === state.subject) return;
    if (id === null) refine({ subject: null });
    else change({ subject: id });
  };

  const empty = canvasIsEmpty(state);
  const subjectLabel = state.subject ? labelOf(graph, state.subject) : null;
  const canvasLabel = subjectLabel ? `Graph around ${subjectLabel}` : 'Explore graph';
  const failed = neighborhoods.entries.filter((entry) => entry.error);
  const truncated = neighborhoods.entries.filter((entry) => entry.data?.neighborhood.truncated);
  const hiddenOnCanvas = state.hidden.filter((id) => graph.nodes.some((node) => node.id === id));

  return (
    <div className="page explore-page">
      <h1>Explore the graph</h1>
      <p className="page-intro">
        Search for an article, an ISO/IEC 42001 clause or control, an obligation, or something of the organisation's; click a node for its
        details, double-click it (or press Expand neighbours) to bring in its neighbours. Everything you do is in the address, so a link
        shows the same picture.
      </p>
      <div className="toolbar explore-toolbar">
        <SearchBox label="Search" visibleLabel onPick={(node) => change(addNode(state, node.id))} />
        <button type="button" onClick={() => change(clearCanvas())} disabled={empty}>
          Clear canvas
        </button>
      </div>
      <ExploreFilters state={state} counts={counts} onChange={refine} />
      <div className="layout-split">
        <section className="explore-canvas" aria-label="Canvas" aria-busy={loading}>
          {!empty && (
            <CanvasToolbar
              canvas={canvas}
              layout={state.layout}
              onLayout={(layout) => refine({ layout })}
              exportName={`explore ${subjectLabel ?? 'graph'}`}
            />
          )}
          {loading && (
            <Loading
              what={
                plan.expansions.length > 0
                  ? `${plan.expansions.length === 1 ? 'the neighbourhood' : `${plan.expansions.length} neighbourhoods`}`
                  : 'the nodes'
              }
            />
          )}
          {seedResult.error && plan.seeds.length > 0 && (
            <ErrorState
              error={seedResult.error}
              retry={() => reexecuteSeeds({ requestPolicy: 'network-only' })}
              what="the nodes on the canvas"
            />
          )}
          {failed.map((entry) => (
            <div key={entry.key} className="explore-failure">
              <ErrorState
                error={entry.error!}
                retry={neighborhoods.retry}
                what={`the neighbourhood of ${labelOf(graph, entry.variables.id)}`}
              />
              <button type="button" onClick={() => change(collapseNode(state, entry.variables.id))}>
                Stop expanding {labelOf(graph, entry.variables.id)}
              </button>
            </div>
          ))}
          {missing.length > 0 && (
            <p className="notice" role="status">
              Not found (the link may be older than the data): {missing.join(', ')}.{' '}
              <button type="button" onClick={() => change({ nodes: state.nodes.filter((id) => !missing.includes(id)) })}>
                Remove from the canvas
              </button>
            </p>
          )}
          {truncated.map((entry) => (
            <p key={entry.key} className="notice" role="status">
              The neighbourhood of {labelOf(graph, entry.variables.id)} stopped at {entry.variables.limit} nodes; raise the Limit to see
              more.
            </p>
          ))}
          {empty ? (
            <EmptyCanvas onStart={(id) => change(startFrom(id))} />
          ) : (
            <>
              {!loading && shownNodeCount === 0 && graph.nodes.length > 0 && (
                <p className="notice" role="status">
                  Every node is hidden or filtered out: check the Kinds and Frameworks filters, or the hidden nodes below.
                </p>
              )}
              <Canvas
                ref={canvas}
                elements={elements}
                layout={state.layout}
                label={canvasLabel}
                onSelect={onSelect}
                onActivate={(id) => change({ ...expandNode(state, id), subject: id })}
                activateLabel="Expand"
              />
              {hiddenOnCanvas.length > 0 && (
                <details className="explore-hidden">
                  <summary>Hidden nodes ({hiddenOnCanvas.length})</summary>
                  <ul>
                    {hiddenOnCanvas.map((id) => (
                      <li key={id}>
                        {labelOf(graph, id)}{' '}
                        <button type="button" className="small" onClick={() => actions.show(id)} aria-label={`Show ${labelOf(graph, id)}`}>
                          Show
                        </button>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
              <Legend kinds={shownKinds} />
            </>
          )}
        </section>
        <DetailsPanel
          subject={state.subject}
          graph={graph}
          flags={{
            onCanvas: state.subject !== null && elements.some((element) => element.data.id === state.subject),
            expanded: state.subject !== null && state.expanded.includes(state.subject),
            pinned: state.subject !== null && state.pinned.includes(state.subject),
            hidden: state.subject !== null && state.hidden.includes(state.subject),
          }}
          actions={actions}
        />
      </div>
    </div>
  );
}
