// Browser tests: the production build in dist/, served on loopback, driven in
// Debian's Chromium through playwright-core, with office.js answered by our
// fake Office host. `npm run test:e2e` builds first.
const path = require('node:path');
const base = require('./jest.config.cjs');

// `npm run test:e2e` has just built the Graph variant too (scripts/e2e-build.mjs):
// graph.e2e.test.ts and csp.e2e.test.ts use it. Run any other way (npx jest --config
// jest.e2e.config.cjs test/e2e/graph…), test/e2e/graph-support.ts builds a fresh one
// unless E2E_GRAPH_DIST names one.
if (process.env.npm_lifecycle_event === 'test:e2e') {
  process.env.E2E_GRAPH_DIST ??= path.join(__dirname, 'test-results', 'dist-graph');
}

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testPathIgnorePatterns: ['/node_modules/'],
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
  setupFilesAfterEnv: [],
  testTimeout: 60000,
  maxWorkers: 1,
};
