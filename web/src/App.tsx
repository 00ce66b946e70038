/** Placeholder until the explorer lands: says what Crosswalk is and where the API answers. */
export function App() {
  return (
    <main>
      <h1>Crosswalk</h1>
      <p>
        The EU AI Act and ISO/IEC 42001, your controls, AI systems and evidence, in one graph. The explorer is on its way;
        the GraphQL API answers at <a href="/graphql">/graphql</a>.
      </p>
    </main>
  );
}
