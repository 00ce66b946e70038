import { SearchBox } from '../common/SearchBox.js';
import { ErrorState } from '../common/states.js';
import { useViewState } from '../state/use-view-state.js';
import { ViewLink } from '../state/ViewLink.js';
import { type ViewState } from '../state/view-state.js';
import { DEFAULT_MAX_HOPS, MAX_MAX_HOPS } from './url-state.js';
import { ControlReach } from './ControlReach.js';
import { subjectKind } from './results.js';
import { TargetControls } from './TargetControls.js';

/** One-click starting points from the demo organisation (graph/data/demo/controls.json) and the Act. */
const CROSSWALK_EXAMPLES: { id: string; label: string; why: string }[] = [
  { id: 'control:TST-01', label: 'TST-01 Pre-release validation', why: 'reaches Art. 15 only through ISO A.6.2.4' },
  { id: 'control:LOG-02', label: 'LOG-02 Event logging standard', why: 'meets the Act’s logging duty through A.6.2.8' },
  { id: 'control:RSK-01', label: 'RSK-01 AI risk management methodology', why: 'direct and derived links' },
  { id: 'eu-ai-act:art-9', label: 'Art. 9 Risk management system', why: 'which controls satisfy it' },
  { id: 'obligation:OBL-PROV-HR-RMS', label: 'OBL-PROV-HR-RMS', why: 'the provider’s risk management duty' },
];

const HOPS = Array.from({ length: MAX_MAX_HOPS }, (_, index) => index + 1);

export default function CrosswalkPage() {
  const [state, update] = useViewState();
  const maxHops = state.maxHops ?? DEFAULT_MAX_HOPS;
  const includeIndeterminate = Boolean(state.indeterminate);
  const kind = subjectKind(state.subject);
  const pick = (id: string) => update({ subject: id, focus: null });
  const linkTo = (id: string): ViewState => ({ ...state, subject: id, focus: null, nodes: [] });

  return (
    <div className="page crosswalk-page">
      <h1>Crosswalk</h1>
      <p className="page-intro">
        Pick a control to see every article, ISO/IEC 42001 element and obligation it satisfies, directly or derived through the crosswalk;
        or pick an article or obligation to see the controls that satisfy it and how current their evidence is. Each result is explained by
        the paths behind it.
      </p>
      <div className="crosswalk-picker">
        <SearchBox
          label="Pick a control, article or obligation"
          visibleLabel
          kinds={['CONTROL', 'PROVISION', 'OBLIGATION']}
          placeholder="A control code, an article, an obligation…"
          onPick={(node) => pick(node.id)}
        />
        <div className="crosswalk-examples">
          <span id="crosswalk-examples-label">Examples:</span>
          <ul aria-labelledby="crosswalk-examples-label">
            {CROSSWALK_EXAMPLES.map((example) => (
              <li key={example.id}>
                <ViewLink to={linkTo(example.id)} ariaCurrent={state.subject === example.id}>
                  {example.label}
                </ViewLink>{' '}
                <span className="hint">({example.why})</span>
              </li>
            ))}
          </ul>
        </div>
      </div>
      <div className="filters" role="group" aria-label="Reasoning options">
        <label>
          Longest path{' '}
          <select
            value={maxHops}
            onChange={(event) => {
              const hops = Number(event.target.value);
              update({ maxHops: hops === DEFAULT_MAX_HOPS ? undefined : hops }, { replace: true });
            }}
          >
            {HOPS.map((hops) => (
              <option key={hops} value={hops}>
                {hops} {hops === 1 ? 'hop (direct links only)' : 'hops'}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={includeIndeterminate}
            onChange={(event) => update({ indeterminate: event.target.checked || undefined }, { replace: true })}
          />{' '}
          Include indeterminate results
        </label>
      </div>
      {state.subject === null ? (
        <p className="empty" role="status">
          Nothing picked yet: search above, or start from an example.
        </p>
      ) : kind === 'control' ? (
        <ControlReach key={state.subject} controlId={state.subject} maxHops={maxHops} includeIndeterminate={includeIndeterminate} />
      ) : kind === 'target' ? (
        <TargetControls key={state.subject} targetId={state.subject} maxHops={maxHops} includeIndeterminate={includeIndeterminate} />
      ) : (
        <ErrorState
          error={new Error(`"${state.subject}" is not a control, provision or obligation. Pick one above.`)}
          what="the crosswalk"
        />
      )}
    </div>
  );
}
