import { Fragment } from 'react';
import { ViewLink } from '../state/ViewLink.js';
import { freshView } from '../state/view-state.js';
import { relationshipText } from './columns.js';
import { pathSteps, shortLabel } from './path-words.js';
import type { CrosswalkResult, ReasoningPath } from './results.js';

/** One path as a line of text: "TST-01 —equal · 9→ A.6.2.4 —intersects with · 6→ Art. 15". */
function PathLine({ path }: { path: ReasoningPath }) {
  const steps = pathSteps(path);
  const first = path.nodes[0];
  return (
    <span className="path-line">
      {first && <abbr title={first.label}>{shortLabel(first)}</abbr>}
      {steps.map((step, index) => (
        <Fragment key={index}>
          {' '}
          <span className={step.backwards ? 'path-step backwards' : 'path-step'}>
            —{step.words}
            {step.strength === null ? '' : ` · ${step.strength}`}→
          </span>{' '}
          <abbr title={step.to.label}>{shortLabel(step.to)}</abbr>
        </Fragment>
      ))}
    </span>
  );
}

/**
 * The paths that explain a result, in words, with what each composes to. `preview` while the
 * pointer rests on a result that is not the focused one.
 */
export function PathExplanation({ result, preview, onClear }: { result: CrosswalkResult | undefined; preview: boolean; onClear(): void }) {
  if (!result) {
    return (
      <section className="side-panel crosswalk-explain" aria-label="Explaining paths">
        <h2>Explaining paths</h2>
        <p className="hint">
          Point at a result on the canvas or in the table to preview the paths that explain it; click it (or its Explain button) to draw
          them.
        </p>
      </section>
    );
  }
  const control = shortLabel(result.control);
  const target = shortLabel(result.target);
  const nodes = [...new Set(result.paths.flatMap((path) => path.nodes.map((node) => node.id)))];
  return (
    <section className="side-panel crosswalk-explain" aria-label="Explaining paths" data-preview={preview ? 'true' : 'false'}>
      <h2>
        Why {control} satisfies {target}
        {preview && <span className="hint"> (preview)</span>}
      </h2>
      <p>
        {result.direct ? 'Direct link' : 'Derived'}: <strong>{relationshipText(result.relationship)}</strong>, strength {result.strength},{' '}
        <span className={`badge ${result.coverage.toLowerCase()}`}>
          {result.coverage === 'FULL' ? 'Full' : result.coverage === 'PARTIAL' ? 'Partial' : 'None'}
        </span>{' '}
        coverage, {result.hops} {result.hops === 1 ? 'hop' : 'hops'}. {result.paths.length} {result.paths.length === 1 ? 'path' : 'paths'},
        strongest first:
      </p>
      <ol className="path-list">
        {result.paths.map((path, index) => (
          <li key={index}>
            <PathLine path={path} />{' '}
            <span className="path-result">
              = {relationshipText(path.relationship)} · {path.strength}
            </span>
          </li>
        ))}
      </ol>
      <p className="path-actions">
        <ViewLink to={freshView('explore', { nodes, subject: result.target.id })}>Open these paths in Explore</ViewLink>
        {!preview && (
          <button type="button" className="small" onClick={onClear}>
            Clear
          </button>
        )}
      </p>
    </section>
  );
}
