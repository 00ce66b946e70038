import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

// `pnpm dev` serves the explorer with hot reload and forwards the API to the running server.
export default defineConfig({
  plugins: [react()],
  build: {
    // Two pages: the explorer, and GraphiQL, which the API serves on a browser's GET of /graphql.
    rolldownOptions: {
      input: { main: page('index.html'), graphiql: page('graphiql.html') },
      onwarn(warning, warn) {
        // GraphiQL's React Compiler output opens modules with "use no memo", which bundling drops harmlessly.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
    // GraphiQL's editor (Monaco) is one large chunk, loaded only by /graphql in a browser.
    chunkSizeWarningLimit: 3_000,
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/graphql': 'http://127.0.0.1:4000', '/ready': 'http://127.0.0.1:4000' },
  },
});
