// GraphiQL, built into the explorer's dist and served by the API on a browser's GET of /graphql.
// Everything it needs, Monaco's workers included, is bundled here: the page loads nothing from the internet.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_QUERY, postGraphQL } from './fetcher.js';

// A link such as /graphql?query={frameworks{nodes{id}}} opens the IDE with that query in it.
const linked = new URLSearchParams(window.location.search);
const props: GraphiQLProps = {
  fetcher: postGraphQL,
  defaultQuery: DEFAULT_QUERY,
  ...(linked.get('query') ? { initialQuery: linked.get('query')! } : {}),
  ...(linked.get('variables') ? { initialVariables: linked.get('variables')! } : {}),
};

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL {...props} />
  </StrictMode>,
);
