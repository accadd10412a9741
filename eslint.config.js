// ESLint (flat config): JavaScript, typescript-eslint and eslint-plugin-astro recommended rules.
// Rules are off only where they are pure style or where TypeScript (astro check) already decides.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default defineConfig(
  { ignores: ['dist/', '.astro/', '.scale/', 'node_modules/', 'reports/', 'test-results/', 'playwright-report/', 'content/', 'public/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    rules: {
      // TypeScript checks undefined names itself (astro check), with the right globals per file.
      'no-undef': 'off',
      // A leading underscore marks a value left unused on purpose (destructured away, or a callback's slot).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // `let [a, b] = …` where only some are reassigned stays one statement.
      'prefer-const': ['error', { destructuring: 'all' }],
    },
  },
);
