// ESLint for the whole tree, run by `npm test` (tests/run.mjs, step "lint"). Formatting is Prettier's
// (.prettierrc.json); eslint-config-prettier turns off every rule that would argue with it. The layer rules are
// not here: tests/unit/layers reads the imports and is tested against a planted violation of each rule.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'release/', '.tmp/', 'test-results/', 'playwright-report/', 'docs/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter a signature needs but the body does not.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // Names that say what they hold, one way to do each thing: no `==`, no `var`.
      eqeqeq: ['error', 'always'],
      'no-var': 'error',
      'prefer-const': 'error',
    },
  },
  {
    // The promises of the main process and the CLI: an unawaited one hides a failure (a write, an IPC reply).
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: {
        // vite.config.ts runs in Node and is left out of renderer/tsconfig.json (its DOM-only types).
        projectService: { allowDefaultProject: ['renderer/vite.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    // Playwright reads a fixture's dependencies off its first parameter: `{}` says "none" and must stay a pattern.
    files: ['tests/e2e/**/*.ts', 'tests/electron/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  { ...reactHooks.configs.flat.recommended, files: ['renderer/**/*.{ts,tsx}'] },
  { ...jsxA11y.flatConfigs.strict, files: ['renderer/**/*.tsx'] },
  {
    // A tab panel is a tab stop in the APG tabs pattern (as jsx-a11y's recommended set allows).
    files: ['renderer/**/*.tsx'],
    rules: { 'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['tabpanel'], tags: [] }] },
  },
  { files: ['renderer/**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.browser } } },
  prettier,
  {
    // After eslint-config-prettier, which turns it off: Prettier wraps code at 120, this catches what it cannot wrap
    // (strings, comments, template text), so that no line runs over 120 characters.
    rules: { 'max-len': ['error', { code: 120, tabWidth: 2 }] },
  },
);
