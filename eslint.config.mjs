// Lint: the recommended JavaScript and type-aware TypeScript rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
  {
    files: ['**/*.cjs', 'scripts/**/*.mjs', '*.mjs'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
