import { useId, useState } from 'react';
import { useQuery } from 'urql';
import { MappingNotes } from '../common/MappingNotes.js';
import { Empty, ErrorState, Loading } from '../common/states.js';
import type { CanvasEdge, CanvasGraph } from '../graph/elements.js';
import { KIND_LOOK } from '../graph/kinds.js';
import { ViewLink } from '../state/ViewLink.js';
import { freshView, type Kind } from '../state/view-state.js';
import { labelOf } from './canvas-graph.js';
import { groupRelationships, mappingText, relationshipPhrase, relationshipsLeft, splitProperties, type ShownProperty } from './details.js';
import { isEdgeId, type NodeActions } from './explore-state.js';
import { ExploreEdgeRationale, ExploreNodeDetails } from './queries.js';

/** What the panel's buttons do to the canvas; each takes the node's id. */
export interface NodeFlags {
  onCanvas: boolean;
  expanded: boolean;
  pinned: boolean;
  hidden: boolean;
}

const FIRST_RELATIONSHIPS = 200;
const MOST_RELATIONSHIPS = 1000;

/** The side panel: the selected node's (or edge's) details, or a hint when nothing is selected. */
export function DetailsPanel(props: { subject: string | null; graph: CanvasGraph; flags: NodeFlags; actions: NodeActions }) {
  const edge = props.subject && isEdgeId(props.subject) ? props.graph.edges.find((item) => item.id === props.subject) : undefined;
  return (
    <aside className="side-panel details-panel" aria-label="Details">
      {!props.subject ? (
        <p className="hint">
          Select a node on the canvas (click it, or use the list of nodes under the canvas) to see its properties, provenance and
          relationships.
        </p>
      ) : edge ? (
        <EdgeDetails key={edge.id} edge={edge} graph={props.graph} actions={props.actions} />
      ) : (
        <NodeDetails key={props.subject} id={props.subject} flags={props.flags} actions={props.actions} />
      )}
    </aside>
  );
}

function KindTag({ kind }: { kind: string }) {
  const look = KIND_LOOK[kind as Kind];
  if (!look) return <span>{kind}</span>;
  return (
    <span className="kind-tag">
      <span className={`legend-shape shape-${look.shape}`} style={{ background: look.color }} aria-hidden="true" />
      {look.label}
    </span>
  );
}

function PropertyList({ properties, label }: { properties: ShownProperty[]; label: string }) {
  return (
    <dl aria-label={label}>
      {properties.map((property) => (
        <div key={property.key} className="property">
          <dt>{property.label}</dt>
          <dd>
            {property.items ? (
              property.items.length === 0 ? (
                <span className="hint">none</span>
              ) : (
                <ul className="property-items">
                  {property.items.map((item, index) => (
                    <li key={index}>{item}</li>
                  ))}
                </ul>
              )
            ) : (
              property.text
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function NodeDetails({ id, flags, actions }: { id: string; flags: NodeFlags; actions: NodeActions }) {
  const headingId = useId();
  const [relationshipLimit, setRelationshipLimit] = useState(FIRST_RELATIONSHIPS);
  const [result, reexecute] = useQuery({ query: ExploreNodeDetails, variables: { id, relationshipLimit } });
  const retry = () => reexecute({ requestPolicy: 'network-only' });

  if (result.error) return <ErrorState error={result.error} retry={retry} what={`the details of ${id}`} />;
  const details = result.data?.nodeDetails;
  if (!details) {
    if (result.fetching || !result.data) return <Loading what="the details" />;
    return (
      <Empty>
        There is no node with id <code>{id}</code>. It may have been deleted since the link was made.
      </Empty>
    );
  }
  const { provenance, other } = splitProperties(details.properties);
  const groups = groupRelationships(details.relationships);
  const left = relationshipsLeft(details);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{details.node.label}</h2>
      <p className="details-kind">
        <KindTag kind={details.node.kind} /> · <code>{details.node.id}</code>
        {flags.pinned && <span className="badge">pinned</span>}
        {flags.hidden && <span className="badge">hidden</span>}
      </p>
      <div className="details-actions" role="group" aria-label="Node actions">
        {flags.expanded ? (
          <button type="button" onClick={() => actions.collapse(id)}>
            Collapse neighbours
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => actions.expand(id)}>
            Expand neighbours
          </button>
        )}
        <button type="button" onClick={() => actions.togglePin(id)}>
          {flags.pinned ? 'Unpin' : 'Pin'}
        </button>
        {flags.hidden ? (
          <button type="button" onClick={() => actions.show(id)}>
            Show
          </button>
        ) : (
          <button type="button" onClick={() => actions.hide(id)}>
            Hide
          </button>
        )}
        {!flags.onCanvas && !flags.hidden && (
          <button type="button" onClick={() => actions.open(id)}>
            Add to canvas
          </button>
        )}
        {details.node.kind === 'AI_SYSTEM' && <ViewLink to={freshView('classify', { subject: id })}>Classify</ViewLink>}
      </div>

      <h3>Provenance</h3>
      {provenance.length > 0 ? (
        <PropertyList properties={provenance} label="Provenance" />
      ) : (
        <p className="hint">No source or caveat is recorded on this node.</p>
      )}

      <h3>Properties</h3>
      <PropertyList properties={other} label="Properties" />

      <h3>
        Relationships ({details.relationshipCount}){result.fetching && <span className="spinner" aria-label="Loading more relationships" />}
      </h3>
      {groups.length === 0 && <p className="hint">No relationships.</p>}
      {groups.map((group) => (
        <div key={group.key} className="relationship-group">
          <h4>
            {group.label} ({group.items.length})
          </h4>
          <ul>
            {group.items.map((item) => (
              <li key={`${item.edge.id}:${item.direction}`}>
                <button type="button" className="link" onClick={() => actions.open(item.other.id)}>
                  {item.other.label}
                </button>{' '}
                <span className="hint">
                  <KindTag kind={item.other.kind} />
                  {mappingText(item.edge) && <> · {mappingText(item.edge)}</>}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {left > 0 && (
        <p className="more">
          {left} more {left === 1 ? 'relationship' : 'relationships'}.{' '}
          {relationshipLimit < MOST_RELATIONSHIPS ? (
            <button type="button" onClick={() => setRelationshipLimit(MOST_RELATIONSHIPS)}>
              Show up to {MOST_RELATIONSHIPS}
            </button>
          ) : (
            'Expand the node (with a higher limit) to see them all on the canvas.'
          )}
        </p>
      )}
    </section>
  );
}

/** A mapping or control link: its ends as links, and why it holds (read from its source). */
function EdgeDetails({ edge, graph, actions }: { edge: CanvasEdge; graph: CanvasGraph; actions: NodeActions }) {
  const headingId = useId();
  const explained = edge.type === 'MAPS_TO' || edge.type === 'SATISFIES';
  const [result, reexecute] = useQuery({ query: ExploreEdgeRationale, variables: { source: edge.source }, pause: !explained });
  const node = result.data?.node;
  const mapping = node?.__typename === 'Provision' ? node.mappings.nodes.find((item) => item.to.id === edge.target) : undefined;
  const link = node?.__typename === 'Control' ? node.satisfies.nodes.find((item) => item.target.id === edge.target) : undefined;
  const source = labelOf(graph, edge.source);
  const target = labelOf(graph, edge.target);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>
        {source} — {relationshipPhrase(edge.type, 'OUTGOING').toLowerCase()} → {target}
      </h2>
      <p className="details-kind">
        Relationship <code>{edge.type}</code>
      </p>
      <dl aria-label="Relationship">
        <dt>From</dt>
        <dd>
          <button type="button" className="link" onClick={() => actions.select(edge.source)}>
            {source}
          </button>
        </dd>
        <dt>To</dt>
        <dd>
          <button type="button" className="link" onClick={() => actions.select(edge.target)}>
            {target}
          </button>
        </dd>
        {edge.relationship && (
          <>
            <dt>Relationship</dt>
            <dd>{mappingText(edge)}</dd>
          </>
        )}
      </dl>
      {explained && (
        <>
          <h3>Rationale and provenance</h3>
          {result.error ? (
            <ErrorState error={result.error} retry={() => reexecute({ requestPolicy: 'network-only' })} what="the rationale" />
          ) : result.fetching || !result.data ? (
            <Loading what="the rationale" />
          ) : mapping ? (
            <dl aria-label="Rationale and provenance">
              <dt>Rationale</dt>
              <dd>{mapping.rationale}</dd>
              <dt>Sources</dt>
              <dd>{mapping.sources.join('; ')}</dd>
              <MappingNotes mapping={mapping} />
            </dl>
          ) : link ? (
            <dl aria-label="Rationale and provenance">
              <dt>Rationale</dt>
              <dd>{link.rationale}</dd>
              {link.source && (
                <>
                  <dt>Source</dt>
                  <dd>{link.source}</dd>
                </>
              )}
            </dl>
          ) : (
            <p className="hint">No rationale found for this relationship.</p>
          )}
        </>
      )}
    </section>
  );
}
