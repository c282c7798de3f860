import { defineConfig } from 'vitest/config';

// React's JSX is compiled by Vite's own transformer (oxc), with the automatic runtime: no plugin needed.
export default defineConfig({
  root: __dirname,
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // The first load must stay small on a phone: the coordinator's charts load only on their pages.
    chunkSizeWarningLimit: 500,
    rolldownOptions: {
      // React Query marks its modules "use client" for server components; a browser bundle has none to keep apart.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    // `npm run dev:web` beside `npm run start`: the API answers /api and the public pages.
    proxy: { '/api': 'http://localhost:3000', '/verify': 'http://localhost:3000', '/health': 'http://localhost:3000' },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
  },
});
