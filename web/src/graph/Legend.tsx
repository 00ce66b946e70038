import { ISO_PROVISION_COLOR, KIND_LOOK, RELATIONSHIP_LABEL, RELATIONSHIP_LINE } from './kinds.js';
import type { Kind } from '../state/view-state.js';

/** Which shape and colour is which kind, and what mapping lines mean. Only the kinds on the canvas when given. */
export function Legend({ kinds }: { kinds?: readonly string[] }) {
  const shown = (Object.keys(KIND_LOOK) as Kind[]).filter((kind) => !kinds || kinds.includes(kind));
  return (
    <details className="legend" open>
      <summary>Legend</summary>
      <ul className="legend-kinds">
        {shown.map((kind) => (
          <li key={kind}>
            <span
              className={`legend-shape shape-${KIND_LOOK[kind].shape}`}
              style={{ background: KIND_LOOK[kind].color }}
              aria-hidden="true"
            />
            {KIND_LOOK[kind].label}
            {kind === 'PROVISION' && (
              <>
                {' '}
                (AI Act; <span className="legend-swatch" style={{ background: ISO_PROVISION_COLOR }} aria-hidden="true" /> ISO 42001)
              </>
            )}
          </li>
        ))}
      </ul>
      <ul className="legend-lines">
        {Object.entries(RELATIONSHIP_LINE).map(([relationship, line]) => (
          <li key={relationship}>
            <svg width="36" height="10" aria-hidden="true">
              <line
                x1="0"
                y1="5"
                x2="36"
                y2="5"
                stroke={line.color}
                strokeWidth={2.5}
                strokeDasharray={line.dash.length > 0 ? line.dash.join(' ') : undefined}
              />
            </svg>
            {RELATIONSHIP_LABEL[relationship]}
          </li>
        ))}
        <li>Line width: mapping strength (1–10). Bold labels starting "derived": relationships composed along a path.</li>
      </ul>
    </details>
  );
}
