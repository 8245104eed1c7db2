import { defineConfig } from 'vite';

// The dev server proxies the API and the sync socket to a `tandem` running on :8080.
export default defineConfig({
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
      '/sync': { target: 'ws://localhost:8080', ws: true },
    },
  },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
