import { readFileSync } from 'node:fs';
import { constants } from 'node:zlib';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

const backend = 'http://localhost:5080';
const proxy = {
  '/graphql': { target: backend, changeOrigin: false },
  '/auth': { target: backend, changeOrigin: false },
  '/api': { target: backend, changeOrigin: false },
};

/** Puts codegen's manifest of the portal's documents (id → text) beside index.html, where the host reads it. */
function persistedDocuments(): Plugin {
  return {
    name: 'desa-persisted-documents',
    apply: 'build',
    generateBundle() {
      const source = readFileSync(new URL('src/gql/persisted-documents.json', import.meta.url), 'utf8');
      this.emitFile({ type: 'asset', fileName: 'persisted-documents.json', source });
    },
  };
}

export default defineConfig({
  base: '/',
  plugins: [
    react(),
    persistedDocuments(),
    // The host serves these .br/.gz files as they are (Portal/PrecompressedFiles.cs): compressed once, at the top level.
    compression({
      algorithms: [
        defineAlgorithm('gzip', { level: 9 }),
        defineAlgorithm('brotliCompress', { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      ],
      exclude: [/persisted-documents\.json$/],
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      // GraphiQL is a page of its own (served at /graphql): none of it is part of the portal's first load.
      input: { portal: 'index.html', graphiql: 'graphiql.html' },
    },
  },
  server: { proxy },
  preview: { proxy },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    // jsdom renders slowly on a busy 2-core machine: time limits for a hang, not for speed.
    testTimeout: 30_000,
  },
});
