export {};

declare global {
  interface Window {
    EXCALIDRAW_ASSET_PATH?: string;
  }
}
// Excalidraw's fonts are served by Tandem itself (copied into the build, see vite.config.ts);
// nothing is fetched from a CDN, which the content security policy refuses anyway. Set before
// the board editor's chunk loads: Excalidraw reads it when its module initialises.
window.EXCALIDRAW_ASSET_PATH = `${window.location.origin}/`;
