// The peers' pages, each a page of its own built with Vite and served as ours is (bench/peers.ts).
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const PAGES = ['react-diff-viewer', 'diff2html', 'diff2html-lines', 'monaco', 'git-diff-view'];

export default defineConfig({
  root: resolve(import.meta.dirname, 'pages'),
  base: '/',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 10_000,
    rollupOptions: {
      input: Object.fromEntries(PAGES.map((p) => [p, resolve(import.meta.dirname, 'pages', `${p}.html`)])),
    },
  },
  server: { fs: { allow: [resolve(import.meta.dirname, '../..')] } },
});
