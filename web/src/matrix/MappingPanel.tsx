import { useEffect, useRef } from 'react';
import { MappingNotes } from '../common/MappingNotes.js';
import { RELATIONSHIP_LABEL } from '../graph/kinds.js';
import { ViewLink } from '../state/ViewLink.js';
import { freshView } from '../state/view-state.js';
import { RELATIONSHIP_SYMBOL, type MatrixCell, type MatrixMapping, type MatrixProvision } from './matrix.js';

const words = (relationship: string) => RELATIONSHIP_LABEL[relationship] ?? relationship;

function MappingDetails({ mapping, byId }: { mapping: MatrixMapping; byId: ReadonlyMap<string, MatrixProvision> }) {
  const from = byId.get(mapping.fromId);
  const to = byId.get(mapping.toId);
  return (
    <article className="mapping-details" aria-label={`Mapping ${from?.ref ?? mapping.fromId} to ${to?.ref ?? mapping.toId}`}>
      <p className="mapping-sentence">
        <strong>{from?.ref ?? mapping.fromId}</strong> {words(mapping.relationship)} <strong>{to?.ref ?? mapping.toId}</strong>{' '}
        <span aria-hidden="true">({RELATIONSHIP_SYMBOL[mapping.relationship]})</span>
      </p>
      <dl>
        <dt>Relationship</dt>
        <dd data-field="relationship">{words(mapping.relationship)}</dd>
        <dt>Strength</dt>
        <dd data-field="strength">{mapping.strength} of 10</dd>
        <dt>Rationale</dt>
        <dd data-field="rationale">{mapping.rationale}</dd>
        <dt>{mapping.sources.length === 1 ? 'Source' : 'Sources'}</dt>
        <dd data-field="sources">
          {mapping.sources.length === 0 ? (
            '—'
          ) : (
            <ul>
              {mapping.sources.map((source) => (
                <li key={source}>{source}</li>
              ))}
            </ul>
          )}
        </dd>
        <MappingNotes mapping={mapping} />
        <dt>Id</dt>
        <dd>
          <code>{mapping.id}</code>
        </dd>
      </dl>
    </article>
  );
}

export interface MappingPanelProps {
  cell: MatrixCell;
  byId: ReadonlyMap<string, MatrixProvision>;
  onClose(): void;
  /** Changes when a user opens a cell: the panel then takes the keyboard focus (not on a page load). */
  focusRequest: number;
}

/** The selected cell: each mapping between the two provisions, and links to both in Explore. Escape closes it. */
export function MappingPanel({ cell, byId, onClose, focusRequest }: MappingPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const a = cell.row.id;
  const b = cell.column.id;
  useEffect(() => {
    if (focusRequest > 0) heading.current?.focus();
  }, [focusRequest]);
  return (
    <aside
      className="side-panel matrix-panel"
      aria-labelledby="matrix-panel-heading"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="panel-head">
        <h2 id="matrix-panel-heading" ref={heading} tabIndex={-1}>
          {cell.row.ref} × {cell.column.ref}
        </h2>
        <button type="button" className="small" onClick={onClose} aria-label="Close the mapping">
          Close
        </button>
      </div>
      <p className="hint">
        {cell.row.ref} {cell.row.title} · {cell.column.ref} {cell.column.title}
      </p>
      {cell.mappings.map((mapping) => (
        <MappingDetails key={mapping.id} mapping={mapping} byId={byId} />
      ))}
      <p className="panel-links">
        Open in Explore: <ViewLink to={freshView('explore', { nodes: [a, b], subject: a })}>{cell.row.ref}</ViewLink> ·{' '}
        <ViewLink to={freshView('explore', { nodes: [b, a], subject: b })}>{cell.column.ref}</ViewLink>
      </p>
    </aside>
  );
}
