import { defineConfig } from 'vitest/config';

// Two projects: unit tests run in parallel; system tests share one-per-machine daemons
// (pcscd, cupsd, Chromium under load) and run one file at a time.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{electron,hardware,state-machines,central,renderer,locales,build}/**/*.test.{ts,tsx}', 'test/unit/**/*.test.ts', 'test/shell/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'system',
          include: ['test/system/**/*.test.ts', 'test/browser/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
