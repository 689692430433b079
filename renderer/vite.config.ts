// Built once to renderer/dist (by `npm start` when stale, or `npx vite build renderer`); the
// bridge's HTTP server and the Electron shell both serve that folder as it is.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { kioskFonts } from '../build/vite-kiosk-fonts';

export default defineConfig({
  base: './',
  // kioskFonts: the @font-face rules come from each locale folder's locale.json
  plugins: [react(), kioskFonts(import.meta.dirname)],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // no data: URLs, so the CSP can stay at 'self' for fonts and images
    assetsInlineLimit: 0,
    target: 'chrome130',
    reportCompressedSize: false,
  },
});
