import { Empty } from '../common/states.js';
import { SearchBox } from '../common/SearchBox.js';
import { useViewState } from '../state/use-view-state.js';
import { ViewLink } from '../state/ViewLink.js';
import type { Kind } from '../state/view-state.js';
import { IMPACT_EXAMPLES } from './examples.js';
import { ImpactResult } from './ImpactResult.js';

const CHANGEABLE_KINDS: Kind[] = ['VENDOR', 'MODEL', 'CONTROL', 'EVIDENCE'];

/** Impact: pick what changes, see what it touches layer by layer, and what coverage would be without it. */
export default function ImpactPage() {
  const [state, update] = useViewState();
  return (
    <div className="page impact-page">
      <h1>Impact of a change</h1>
      <p className="page-intro">
        When a vendor changes its model, a control lapses or evidence is withdrawn: which AI systems are affected, whose obligations lose
        coverage, which controls and evidence to re-review, and whom to notify. Every item comes with the path that explains why.
      </p>
      <div className="toolbar impact-picker">
        <SearchBox
          label="Pick a vendor, model, control or evidence item"
          visibleLabel
          placeholder="Type a name, e.g. Halvard"
          kinds={CHANGEABLE_KINDS}
          onPick={(node) => update({ subject: node.id, focus: null })}
        />
        <div className="impact-examples">
          <span id="impact-examples-label">Examples from the demo organisation:</span>
          <ul aria-labelledby="impact-examples-label">
            {IMPACT_EXAMPLES.map((example) => (
              <li key={example.id}>
                <ViewLink to={{ ...state, subject: example.id, focus: null }} ariaCurrent={state.subject === example.id}>
                  {example.label}
                </ViewLink>{' '}
                <span className="muted">({example.why})</span>
              </li>
            ))}
          </ul>
        </div>
      </div>
      {state.subject ? (
        <ImpactResult subject={state.subject} state={state} update={update} />
      ) : (
        <Empty>Pick a vendor, a model, a control or an evidence item above, or start from one of the examples.</Empty>
      )}
    </div>
  );
}
