// The corpus test: reads ../shared/corpus/sisimai (or $BOUNCE_CORPUS) in place.
// Kept apart from `npm test` because a fresh clone elsewhere has no ../shared.
const base = require('./jest.config.cjs');
/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testPathIgnorePatterns: ['/node_modules/'],
  testMatch: ['<rootDir>/test/corpus/**/*.test.ts'],
  testTimeout: 120000,
};
