import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Set by Vite's config loader and by Node: the path without importing node:* into renderer/.
const rendererDir = import.meta.dirname;

/** The renderer bundle: loaded under a strict CSP (script-src 'self'; style-src 'self'), so nothing inline. */
export default defineConfig({
  root: rendererDir,
  base: './',
  plugins: [react()],
  // No public/ folder: every asset is imported, hashed and listed in the bundle.
  publicDir: false,
  build: {
    outDir: `${rendererDir}/../dist/renderer`,
    emptyOutDir: true,
    sourcemap: false,
    // Inlined assets become data: URLs, which the CSP does not allow for scripts and styles.
    assetsInlineLimit: 0,
    cssCodeSplit: false,
    target: 'chrome130',
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    chunkSizeWarningLimit: 4096,
  },
  server: { host: '127.0.0.1', strictPort: true },
});
