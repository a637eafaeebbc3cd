import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  plugins: [WxtVitest()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          root,
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
          // A real browser on a loaded 2-core machine can take seconds for what takes milliseconds
          // on a quiet one: a condition is polled for up to 10 s (Vitest's default is 1 s).
          expect: { poll: { timeout: 10_000 } },
          globalSetup: ['tests/e2e/harness/global-setup.ts'],
        },
      },
      {
        // Benchmarks print ratios against a floor measured in the same run; they are
        // not part of `npm test` (run them with `npm run bench`). They format figures with the
        // popup's own helpers, so the '@/' alias WXT gives the app is needed without the rest of WXT.
        resolve: { alias: { '@': root } },
        test: {
          name: 'bench',
          root,
          include: ['tests/bench/**/*.bench.ts'],
          environment: 'node',
          testTimeout: 900_000,
          hookTimeout: 240_000,
          fileParallelism: false,
          globalSetup: ['tests/e2e/harness/global-setup.ts'],
        },
      },
    ],
  },
});
