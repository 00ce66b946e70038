import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `pnpm dev` serves the explorer with hot reload and forwards the API to the running server.
export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    proxy: { '/graphql': 'http://127.0.0.1:4000', '/ready': 'http://127.0.0.1:4000' },
  },
});
