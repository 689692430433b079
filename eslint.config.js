// Lint keeps each folder to where its code runs (STYLE.md §2 "Layout"):
// only electron/shell/ may import electron; state-machines/ stays pure; renderer/ is DOM only.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'net', 'http', 'https', 'crypto', 'worker_threads'];
const deviceAndStorage = ['better-sqlite3', 'pcsclite', 'node-hid', 'ws', 'pino', '@napi-rs/canvas'];

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'release/**', 'test/artifacts/**', 'renderer/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'off',
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['electron/shell/**', 'test/shell/**'],
    // the electron package only (a bare 'electron' pattern would also match our electron/ folder)
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^electron(/|$)', message: 'Only electron/shell/ may import electron.' }] }] },
  },
  {
    files: ['state-machines/**/*.ts'],
    rules: restrict(
      ['electron', 'electron/*', ...nodeBuiltins, ...deviceAndStorage, 'react', 'react-dom', '**/hardware/*/*-*', '**/central/**'],
      'state-machines/ is pure: xstate, zod and pure modules only (no Node, DOM, drivers or storage).',
    ),
  },
  {
    files: ['state-machines/**/*.ts'],
    ignores: ['state-machines/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'setTimeout', 'setInterval', 'fetch', 'process'],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'Machines read time from the clock actor, never Date.now().' }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...nodeBuiltins, ...deviceAndStorage, '**/hardware/**', '**/central/**', '**/state-machines/**'],
              message: 'renderer/ is a view: it reaches the kiosk only through the bridge contract.',
            },
            // the electron package, and every file of the main process except the bridge's
            // contract and its WebSocket message types (the one way through)
            { regex: '^electron(/|$)|/electron/(?!bridge/(contract|ws-protocol|a11y-limits)$)', message: 'renderer/ is a view: it reaches the kiosk only through the bridge contract.' },
          ],
        },
      ],
    },
  },
);
