import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import { serviceWorkerPlugin } from './src/build/serviceWorkerPlugin.ts';
import { revisionsPlugin } from './src/build/revisionsPlugin.ts';
import { prerenderPlugin } from './src/build/prerenderPlugin.ts';
import { precompressPlugin } from './src/build/precompressPlugin.ts';

// The router plugin must come before the React plugin (TanStack Router installation guide).
const routerPlugin = () =>
  tanstackRouter({
    target: 'react',
    autoCodeSplitting: false,
    routesDirectory: './src/routes',
    generatedRouteTree: './src/routeTree.gen.ts',
  });

export default defineConfig({
  plugins: [routerPlugin(), react(), revisionsPlugin(), serviceWorkerPlugin(), prerenderPlugin(), precompressPlugin()],
  server: { host: '127.0.0.1', port: 5173, fs: { allow: ['.'] } },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { target: 'es2022', sourcemap: false },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'model',
          include: [
            'tests/model/**/*.test.ts',
            'tests/cli/**/*.test.ts',
            'tests/export/**/*.test.ts',
            'tests/import/**/*.test.ts',
            'tests/server/**/*.test.ts',
            'tests/build/**/*.test.ts',
            'tests/views/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          include: ['tests/ui/**/*.test.tsx', 'tests/app/**/*.test.ts'],
          environment: 'jsdom',
          setupFiles: ['tests/ui/setup.ts'],
          testTimeout: 20000,
        },
      },
      {
        extends: true,
        test: {
          name: 'office',
          include: ['tests/office/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30000,
          hookTimeout: 900000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60000,
          hookTimeout: 180000,
          fileParallelism: false,
        },
      },
    ],
  },
});
