import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/** Excalidraw loads its fonts from `EXCALIDRAW_ASSET_PATH`; they are served from `/fonts/`. The
 *  CJK font (13 MB) is left out: Chinese, Japanese and Korean text falls back to a system font. */
function excalidrawFonts(): Plugin {
  return {
    name: 'excalidraw-fonts',
    apply: 'build',
    writeBundle(options) {
      const from = join(import.meta.dirname, 'node_modules/@excalidraw/excalidraw/dist/prod/fonts');
      cpSync(from, join(options.dir ?? 'dist', 'fonts'), { recursive: true, filter: (path) => !path.includes('Xiaolai') });
    },
  };
}

// The dev server proxies the API and the sync socket to a `tandem` running on :8080.
export default defineConfig({
  plugins: [excalidrawFonts()],
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
      '/sync': { target: 'ws://localhost:8080', ws: true },
    },
  },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
