import { graphql } from '../gql/index.js';

/** Who the API takes the caller for (the header names them while a key is in use). */
export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      actor
      role
      kind
    }
  }
`);
