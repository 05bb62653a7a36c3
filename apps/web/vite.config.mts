import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = process.env.API_URL ?? 'http://localhost:3000';

/** The web app: built into dist/apps/web (served by the API at `/`), or served with hot reload. */
export default defineConfig({
  root,
  plugins: [react()],
  // `@mc/outcome-checks` (and the other scope:shared libraries) through tsconfig.base.json's paths.
  resolve: { tsconfigPaths: true },
  build: { outDir: fileURLToPath(new URL('../../dist/apps/web', import.meta.url)), emptyOutDir: true },
  server: {
    port: 5173,
    proxy: {
      '/graphql': api,
      '/socket.io': { target: api, ws: true },
      // Mail written in development, and the unsubscribe links in it.
      '/dev/mail': api,
      '/mail': api,
      // Live co-editing (Hocuspocus) on the API's own port.
      '/collab': { target: api, ws: true },
    },
  },
});
