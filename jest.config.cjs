// Unit, fixture and CLI tests. Everything they need is inside the repository.
// TypeScript and the ESM-only dependencies (htmlparser2 and friends) are
// transpiled by SWC; type checking is `npm run typecheck` (tsc), run first by `npm test`.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/corpus/'],
  transform: {
    '^.+\\.(t|j|mj)sx?$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  // These packages ship ESM only; let SWC turn them into CommonJS for Jest.
  transformIgnorePatterns: ['/node_modules/(?!(htmlparser2|domhandler|domutils|dom-serializer|domelementtype|entities|postal-mime)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
};
