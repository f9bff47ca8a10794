// ESLint flat config: the recommended JavaScript and typescript-eslint rules (not the
// type-checked set, so linting stays fast and code merged later is likely to pass), plus
// the architecture rule: src/core imports neither vscode nor Node I/O.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_IO = ['fs', 'fs/promises', 'child_process', 'path', 'os', 'net', 'http', 'https', 'worker_threads'];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'l10n/**', 'media/**', '**/*.js', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mjs'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: {
        process: 'readonly', console: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly',
        setInterval: 'readonly', clearInterval: 'readonly', setImmediate: 'readonly', URL: 'readonly', TextDecoder: 'readonly',
        TextEncoder: 'readonly', performance: 'readonly', globalThis: 'readonly', __dirname: 'readonly', require: 'readonly',
        AbortController: 'readonly', structuredClone: 'readonly', queueMicrotask: 'readonly', fetch: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-control-regex': 'off', // the decoders and sanitisers match control characters on purpose
      '@typescript-eslint/no-explicit-any': 'warn', // tests poke at JSON shapes; flagged, not fatal
      'no-regex-spaces': 'off', // expected JSON layouts are clearer with their literal indentation
      // Chinese text has ideographic and no-break spaces on purpose; only code outside literals is checked.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipComments: true, skipRegExps: true, skipTemplates: true }],
    },
  },
  {
    // Tests may load a built bundle with require() to check what it pulls in.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Scripts that drive a browser pass callbacks that run in the page.
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { document: 'readonly', window: 'readonly', NodeFilter: 'readonly', MutationObserver: 'readonly' } },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'src/core is pure: no vscode import (put adapters in src/vscode).' },
          ...NODE_IO.flatMap((m) => [m, `node:${m}`]).map((name) => ({ name, message: 'src/core does no I/O: use the ports in src/core/ports.ts.' })),
        ],
      }],
    },
  },
);
