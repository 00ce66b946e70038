import { useMemo, useRef } from 'react';
import { useQuery } from 'urql';
import { DataTable, type Column } from '../common/DataTable.js';
import { kindOfTypename, nodeLabel } from '../common/node-label.js';
import { Empty, ErrorState, Loading } from '../common/states.js';
import { Canvas, type CanvasHandle } from '../graph/Canvas.js';
import { CanvasToolbar } from '../graph/CanvasToolbar.js';
import { toElements } from '../graph/elements.js';
import { KIND_LOOK, RELATIONSHIP_LABEL } from '../graph/kinds.js';
import { Legend } from '../graph/Legend.js';
import type { NavigateOptions } from '../state/use-view-state.js';
import { ViewLink } from '../state/ViewLink.js';
import { freshView, type Kind, type ViewState } from '../state/view-state.js';
import {
  fadeAllBut,
  IMPACT_LISTS,
  impactGraph,
  LIST_KIND,
  LIST_WORDS,
  listsForKinds,
  MAX_DRAWN_PER_LIST,
  pathElementIds,
  type ImpactList,
} from './impact-graph.js';
import { COVERAGE_LABEL, hopInWords, impactRows, type ImpactRow } from './impact-rows.js';
import { IMPACT_LIMIT, IMPACT_MAX_DEPTH, ImpactOf, type Impact } from './queries.js';
import { WhatIfPanel } from './WhatIfPanel.js';

interface ImpactResultProps {
  subject: string;
  state: ViewState;
  update(patch: Partial<ViewState>, options?: NavigateOptions): void;
}

/** The impact of the subject: counts, the layered canvas with the selected item's path, the table, and the what-if. */
export function ImpactResult({ subject, state, update }: ImpactResultProps) {
  const [result, reexecute] = useQuery({ query: ImpactOf, variables: { of: subject, maxDepth: IMPACT_MAX_DEPTH, limit: IMPACT_LIMIT } });
  const impact = result.data?.impact.of.id === subject ? result.data.impact : null;
  if (result.error) return <ErrorState error={result.error} what="the impact" retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!impact) return <Loading what="the impact" />;
  return <ImpactView impact={impact} state={state} update={update} />;
}

const total = (impact: Impact) => IMPACT_LISTS.reduce((sum, list) => sum + impact.counts[list], 0);

function ImpactView({ impact, state, update }: { impact: Impact; state: ViewState; update: ImpactResultProps['update'] }) {
  const canvas = useRef<CanvasHandle>(null);
  const subjectLabel = nodeLabel(impact.of);
  const subjectKind = KIND_LOOK[kindOfTypename(impact.of.__typename)].label.toLowerCase();
  // state.kinds keeps its identity while the URL does not change, so these recompute only when needed.
  const lists = useMemo(() => listsForKinds(state.kinds), [state.kinds]);
  const rows = useMemo(() => impactRows(impact, lists), [impact, lists]);
  const focusRow = rows.find((row) => row.id === state.focus) ?? null;
  const drawn = useMemo(() => impactGraph(impact, { lists, include: focusRow ? [focusRow.id] : [] }), [impact, lists, focusRow]);
  const highlighted = useMemo(() => (focusRow ? pathElementIds(focusRow.path) : []), [focusRow]);
  const elements = useMemo(
    () => fadeAllBut(toElements(drawn.graph, { highlighted, selected: state.focus }), highlighted),
    [drawn, highlighted, state.focus],
  );
  const kindsOnCanvas = useMemo(() => [...new Set(drawn.graph.nodes.map((node) => node.kind))], [drawn]);
  const highRisk = impact.aiSystems.filter((item) => item.node.__typename === 'AISystem' && item.node.riskClass === 'HIGH_RISK').length;
  const focusNode = state.focus ? drawn.graph.nodes.find((node) => node.id === state.focus) : undefined;

  const select = (id: string | null) => update({ focus: id }, { replace: true });
  const toggleList = (list: ImpactList, on: boolean) => {
    const next = IMPACT_LISTS.filter((each) => (each === list ? on : lists.includes(each)));
    update({ kinds: next.length === IMPACT_LISTS.length ? [] : next.map((each) => LIST_KIND[each]) }, { replace: true });
  };

  return (
    <>
      <section className="impact-summary" aria-labelledby="impact-summary-heading">
        <h2 id="impact-summary-heading">
          A change to {subjectLabel} <span className="muted">({subjectKind})</span> touches
        </h2>
        <ul className="impact-counts">
          {IMPACT_LISTS.map((list) => (
            <li key={list} data-list={list}>
              <span
                className={`legend-shape shape-${KIND_LOOK[LIST_KIND[list]].shape}`}
                style={{ background: KIND_LOOK[LIST_KIND[list]].color }}
                aria-hidden="true"
              />
              <strong>{impact.counts[list]}</strong> {impact.counts[list] === 1 ? LIST_WORDS[list].one : LIST_WORDS[list].many}{' '}
              {LIST_WORDS[list].role}
              {list === 'aiSystems' && highRisk > 0 && ` (${highRisk} high-risk)`}
            </li>
          ))}
        </ul>
        <p className="muted impact-scope">
          Within {IMPACT_MAX_DEPTH} relationships of {subjectLabel}; nearest first.
        </p>
        {impact.truncated && (
          <p className="impact-note" role="note">
            Truncated: each list stops at {IMPACT_LIMIT} items, nearest first (
            {IMPACT_LISTS.filter((list) => impact.counts[list] > impact[list].length)
              .map((list) => `${impact[list].length} of ${impact.counts[list]} ${LIST_WORDS[list].many}`)
              .join(', ')}
            ). The counts above are complete.
          </p>
        )}
      </section>

      <div className="toolbar impact-options">
        <label className="what-if-toggle">
          <input type="checkbox" checked={state.whatIf} onChange={(event) => update({ whatIf: event.target.checked }, { replace: true })} />{' '}
          What if removed
        </label>
        <fieldset className="filters">
          <legend>Show</legend>
          {IMPACT_LISTS.map((list) => {
            const checked = lists.includes(list);
            return (
              <label key={list}>
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={checked && lists.length === 1}
                  onChange={(event) => toggleList(list, event.target.checked)}
                />{' '}
                {LIST_WORDS[list].many} ({impact[list].length})
              </label>
            );
          })}
        </fieldset>
      </div>

      {state.whatIf && (
        <WhatIfPanel subject={impact.of.id} subjectLabel={subjectLabel} subjectKind={kindOfTypename(impact.of.__typename)} />
      )}

      {total(impact) === 0 ? (
        <Empty>
          Nothing is affected: no AI system lies within {IMPACT_MAX_DEPTH} relationships of {subjectLabel}, so no obligation, control,
          evidence item or owner depends on it through one.
        </Empty>
      ) : (
        <>
          <div className="layout-split">
            <div>
              <CanvasToolbar
                canvas={canvas}
                layout={state.layout}
                onLayout={(layout) => update({ layout }, { replace: true })}
                exportName={`impact ${subjectLabel}`}
              />
              <p className="muted impact-layers">
                Columns, left to right: the changed {subjectKind} → AI systems → obligations → controls → evidence → owners (what lies on a
                path between them sits between their columns).
              </p>
              {drawn.capped.length > 0 && (
                <p className="impact-note" role="note">
                  The canvas draws the nearest {MAX_DRAWN_PER_LIST} of{' '}
                  {drawn.capped.map((list) => `${drawn.listed[list]} ${LIST_WORDS[list].many}`).join(', ')}, to stay readable; the table
                  lists every item, and showing an item's path draws it.
                </p>
              )}
              <Canvas
                ref={canvas}
                elements={elements}
                layout={state.layout}
                layered
                label={`Impact of ${subjectLabel}`}
                onSelect={(id, group) => select(group === 'nodes' ? id : null)}
              />
              <Legend kinds={kindsOnCanvas} />
            </div>
            <aside className="side-panel" aria-label="Why it is affected">
              {focusRow ? (
                <ItemPath row={focusRow} />
              ) : focusNode ? (
                <>
                  <h2>{focusNode.label}</h2>
                  <p>
                    {KIND_LOOK[focusNode.kind as Kind]?.label ?? focusNode.kind}: not itself on a list, it lies on the path from{' '}
                    {subjectLabel} to items that are.
                  </p>
                  <ExploreLink id={focusNode.id} label={focusNode.label} />
                </>
              ) : (
                <p className="muted">Select a node on the canvas, or "Show path" in the table, to see why it is affected.</p>
              )}
            </aside>
          </div>
          <ImpactTable rows={rows} subjectLabel={subjectLabel} focus={state.focus} onShowPath={(row) => select(row.id)} />
        </>
      )}
    </>
  );
}

function ExploreLink({ id, label }: { id: string; label: string }) {
  return <ViewLink to={freshView('explore', { subject: id, nodes: [id] })}>Open {label} in Explore</ViewLink>;
}

/** The selected item and its path, hop by hop, each node a link to Explore. */
function ItemPath({ row }: { row: ImpactRow }) {
  const nodes = row.path.nodes;
  return (
    <>
      <h2>{row.label}</h2>
      <p>
        {KIND_LOOK[row.kind].label}, layer {row.layer}
        {row.detail && <> · {row.detail}</>}
      </p>
      {row.coverage && (
        <p>
          Covered <CoverageBadge coverage={row.coverage} /> ({RELATIONSHIP_LABEL[row.relationship ?? ''] ?? row.relationship}, strength{' '}
          {row.strength})
        </p>
      )}
      <h3>Why it is affected</h3>
      <ol className="impact-path">
        {nodes.map((node, index) => (
          <li key={node.id}>
            {index > 0 && row.path.edges[index - 1] && (
              <span className="hop">{hopInWords(row.path.edges[index - 1]!, nodes[index - 1]!.id)} </span>
            )}
            <ViewLink to={freshView('explore', { subject: node.id, nodes: [node.id] })}>{node.label}</ViewLink>{' '}
            <span className="muted">({KIND_LOOK[node.kind]?.label ?? node.kind})</span>
          </li>
        ))}
      </ol>
      <ExploreLink id={row.id} label={row.label} />
    </>
  );
}

function CoverageBadge({ coverage }: { coverage: NonNullable<ImpactRow['coverage']> }) {
  return <span className={`badge ${coverage.toLowerCase()}`}>{COVERAGE_LABEL[coverage]}</span>;
}

const IMPACT_COLUMNS: Column<ImpactRow>[] = [
  { header: 'Layer', value: (row) => row.layer },
  {
    header: 'Kind',
    value: (row) => KIND_LOOK[row.kind].label,
    render: (row) => (
      <span className="impact-kind">
        <span className="kind-dot" style={{ background: KIND_LOOK[row.kind].color }} aria-hidden="true" />
        {KIND_LOOK[row.kind].label}
      </span>
    ),
  },
  { header: 'Id', value: (row) => row.id, render: (row) => <code>{row.id}</code> },
  {
    header: 'Name',
    value: (row) => row.label,
    render: (row) => (
      <ViewLink to={freshView('explore', { subject: row.id, nodes: [row.id] })}>
        {row.label}
        <span className="visually-hidden"> (open in Explore)</span>
      </ViewLink>
    ),
  },
  { header: 'Detail', value: (row) => row.detail },
  { header: 'Relationship', value: (row) => (row.relationship ? (RELATIONSHIP_LABEL[row.relationship] ?? row.relationship) : '') },
  {
    header: 'Coverage',
    value: (row) => (row.coverage ? COVERAGE_LABEL[row.coverage] : ''),
    render: (row) => (row.coverage ? <CoverageBadge coverage={row.coverage} /> : ''),
  },
  { header: 'Strength', value: (row) => row.strength ?? '' },
  { header: 'Why', value: (row) => row.why, render: (row) => <span className="impact-why">{row.why}</span> },
];

function ImpactTable(props: { rows: ImpactRow[]; subjectLabel: string; focus: string | null; onShowPath(row: ImpactRow): void }) {
  return (
    <section aria-labelledby="impact-table-heading">
      <h2 id="impact-table-heading">Every affected item</h2>
      <DataTable
        caption={`What a change to ${props.subjectLabel} touches: ${props.rows.length} items, layer by layer`}
        columns={IMPACT_COLUMNS}
        rows={props.rows}
        rowKey={(row) => row.id}
        exportName={`impact ${props.subjectLabel}`}
        onActivate={props.onShowPath}
        activateLabel="Show path"
        selectedKey={props.focus}
        empty="No item of the kinds shown is affected."
        pageSize={500}
      />
    </section>
  );
}
