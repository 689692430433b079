import { defineConfig } from 'vitest/config';

// `npm run test:full`: the long accessibility sweep (every screen of every service, every
// language, both themes) plus the per-screen-kind checks; not part of `npm test`.
export default defineConfig({
  test: {
    include: ['test/full/**/*.test.ts', 'test/browser/accessibility-*.test.ts', 'test/browser/keypad-speech.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
