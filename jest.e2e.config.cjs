// Browser tests: the production build in dist/, served on loopback, driven in
// Debian's Chromium through playwright-core, with office.js answered by our
// fake Office host. `npm run test:e2e` builds first.
const base = require('./jest.config.cjs');
/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testPathIgnorePatterns: ['/node_modules/'],
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
  setupFilesAfterEnv: [],
  testTimeout: 60000,
  maxWorkers: 1,
};
