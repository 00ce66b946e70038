/** Starting points from the reference data and the demo organisation (graph/data). */
const EXAMPLES = [
  { id: 'eu-ai-act:art-9', label: 'Art. 9 Risk management system', what: 'an EU AI Act article' },
  { id: 'iso42001:A.6.2.4', label: 'A.6.2.4 AI system verification and validation', what: 'an ISO/IEC 42001 Annex A control' },
  { id: 'system:credit-scoring', label: 'Consumer credit scoring (Veldmark Score)', what: 'a demo AI system' },
] as const;

/** What the Explore view shows before anything is on the canvas. */
export function EmptyCanvas({ onStart }: { onStart(id: string): void }) {
  return (
    <div className="empty explore-empty" role="status">
      <p>
        <strong>Nothing on the canvas yet.</strong> Type in the Search box above (an article such as “Art. 14”, an ISO control such as
        “A.6.2.4”, a control code, a system or vendor name) and pick a result, or start from one of these:
      </p>
      <ul>
        {EXAMPLES.map((example) => (
          <li key={example.id}>
            <button type="button" onClick={() => onStart(example.id)}>
              {example.label}
            </button>{' '}
            <span className="hint">{example.what}, with its neighbours</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
