// Unit, fixture, CLI and component tests. Everything they need is inside the repository.
// TypeScript and the ESM-only dependencies (htmlparser2 and friends) are
// transpiled by SWC; type checking is `npm run typecheck` (tsc), run first by `npm test`.
// Component tests (test/taskpane/*.test.tsx) choose jsdom per file with a
// `/** @jest-environment jsdom */` docblock; everything else runs in Node.
const swcModule = { type: 'commonjs' };

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/corpus/', '<rootDir>/test/e2e/'],
  transform: {
    // React components: TSX with the automatic JSX runtime (tsconfig "jsx": "react-jsx").
    '^.+\\.tsx$': [
      '@swc/jest',
      {
        jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } },
        module: swcModule,
      },
    ],
    '^.+\\.(t|j|mj)sx?$': ['@swc/jest', { jsc: { target: 'es2022' }, module: swcModule }],
    // Sample bounces are imported as strings, as webpack's `asset/source` does.
    '^.+\\.eml$': '<rootDir>/test/taskpane/support/text-transform.cjs',
  },
  // These packages ship ESM only; let SWC turn them into CommonJS for Jest.
  transformIgnorePatterns: ['/node_modules/(?!(htmlparser2|domhandler|domutils|dom-serializer|domelementtype|entities|postal-mime)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json', 'eml'],
  // jest-dom matchers everywhere; DOM polyfills only where a test asked for jsdom.
  setupFilesAfterEnv: ['<rootDir>/test/taskpane/support/setup-dom.ts'],
};
