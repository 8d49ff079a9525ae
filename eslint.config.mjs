// Lint: the recommended JavaScript and TypeScript rules, the type-aware promise rules,
// and the layers of src/ (README.md, Layout).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layers: `ndr` ← `ports` ← `office` / `graph` / `cli` / `owners` ← `taskpane`.
 * An import may only point down. Outside src/ndr/ the engine is imported through
 * its index (`../ndr`), never a file inside it.
 */
const ENGINE_BY_INDEX = {
  regex: '(^|/)ndr/',
  message: 'Import the engine through src/ndr/index.ts (`../ndr`), not a file inside it: export what you need there.',
};
const NOT_THE_PANE = {
  regex: '(^|/)taskpane(/|$)',
  message: 'Only the task pane imports src/taskpane/: put shared types in src/ports/.',
};
const layers = [
  {
    files: ['src/ndr/**/*.{ts,tsx}'],
    patterns: [
      {
        regex: '(^|/)(office|graph|cli|taskpane|owners|ports)(/|$)',
        message: 'The engine (src/ndr/) is pure: it imports nothing from the layers above it.',
      },
    ],
  },
  {
    files: ['src/ports/**/*.ts'],
    patterns: [
      ENGINE_BY_INDEX,
      {
        regex: '(^|/)(office|graph|cli|taskpane|owners)(/|$)',
        message: 'src/ports/ holds types both sides depend on: it imports only the engine (`../ndr`).',
      },
    ],
  },
  { files: ['src/{office,graph,cli,owners}/**/*.{ts,tsx}'], patterns: [ENGINE_BY_INDEX, NOT_THE_PANE] },
  { files: ['src/taskpane/**/*.{ts,tsx}'], patterns: [ENGINE_BY_INDEX] },
].map(({ files, patterns }) => ({ files, rules: { 'no-restricted-imports': /** @type {import('eslint').Linter.RuleEntry} */ (['error', { patterns }]) } }));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Office.js stays at the edge: only src/office/ (and the fake Office used by the tests) may touch it.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/office/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'Office', message: 'Office.js is used in src/office/ only (README.md, Layout).' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never inject HTML: the bounce is written by a stranger. Render text.',
        },
      ],
    },
  },
  ...layers,
  {
    // Type-aware: a promise nobody awaits or catches, or one passed where a plain callback belongs
    // (`onClick={async () => …}`), loses its error. `void` marks one left running on purpose.
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}', 'bench/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['**/*.cjs', 'scripts/**/*.mjs', '*.mjs'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
