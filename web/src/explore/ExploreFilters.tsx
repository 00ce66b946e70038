import { FRAMEWORK_LABEL, KIND_LOOK } from '../graph/kinds.js';
import { FRAMEWORKS, NODE_KINDS, type FrameworkId, type Kind, type ViewState } from '../state/view-state.js';
import { MAX_EXPAND_DEPTH } from './url-state.js';
import { expandDepthOf, expandLimitOf, isShown, toggleShown } from './explore-state.js';

const LIMIT_CHOICES = [50, 100, 200, 500, 1000, 2000];

export interface ExploreFiltersProps {
  state: Pick<ViewState, 'kinds' | 'frameworks' | 'nested' | 'expandDepth' | 'expandLimit'>;
  /** Nodes of each kind on the canvas, shown beside each kind. */
  counts: Map<string, number>;
  /** Filters, nesting and expansion bounds replace the history entry: they refine the view rather than make a new one. */
  onChange(patch: Partial<ViewState>): void;
}

/** Kind and framework filters, nesting, and how far each expansion reaches. */
export function ExploreFilters({ state, counts, onChange }: ExploreFiltersProps) {
  const limit = expandLimitOf(state);
  const limits = LIMIT_CHOICES.includes(limit) ? LIMIT_CHOICES : [...LIMIT_CHOICES, limit].sort((a, b) => a - b);
  return (
    <div className="filters explore-filters">
      <fieldset>
        <legend>Kinds</legend>
        {NODE_KINDS.map((kind) => {
          const checked = isShown(state.kinds, kind);
          const only = checked && state.kinds.length === 1;
          return (
            <label key={kind} className="kind-filter">
              <input
                type="checkbox"
                checked={checked}
                // The last kind shown cannot go: an empty canvas by filter would only puzzle.
                disabled={only}
                onChange={() => onChange({ kinds: toggleShown<Kind>(NODE_KINDS, state.kinds, kind) })}
              />
              <span
                className={`legend-shape shape-${KIND_LOOK[kind].shape}`}
                style={{ background: KIND_LOOK[kind].color }}
                aria-hidden="true"
              />
              {KIND_LOOK[kind].label} ({counts.get(kind) ?? 0})
            </label>
          );
        })}
      </fieldset>
      <fieldset>
        <legend>Frameworks</legend>
        {FRAMEWORKS.map((framework) => {
          const checked = isShown(state.frameworks, framework);
          return (
            <label key={framework}>
              <input
                type="checkbox"
                checked={checked}
                disabled={checked && state.frameworks.length === 1}
                onChange={() => onChange({ frameworks: toggleShown<FrameworkId>(FRAMEWORKS, state.frameworks, framework) })}
              />
              {FRAMEWORK_LABEL[framework]}
            </label>
          );
        })}
      </fieldset>
      <fieldset>
        <legend>Provisions</legend>
        <label>
          <input type="checkbox" checked={state.nested} onChange={(event) => onChange({ nested: event.target.checked })} />
          Nest provisions in their chapter/topic
        </label>
      </fieldset>
      <fieldset>
        <legend>Expansion</legend>
        <label>
          Depth{' '}
          <select value={expandDepthOf(state)} onChange={(event) => onChange({ expandDepth: Number(event.target.value) })}>
            {Array.from({ length: MAX_EXPAND_DEPTH }, (_, index) => index + 1).map((depth) => (
              <option key={depth} value={depth}>
                {depth} {depth === 1 ? 'hop' : 'hops'}
              </option>
            ))}
          </select>
        </label>
        <label>
          Limit{' '}
          <select value={limit} onChange={(event) => onChange({ expandLimit: Number(event.target.value) })}>
            {limits.map((choice) => (
              <option key={choice} value={choice}>
                {choice} nodes
              </option>
            ))}
          </select>
        </label>
      </fieldset>
    </div>
  );
}
