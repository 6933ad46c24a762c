import { buildJestConfig } from './jest.shared.mjs';

/** End-to-end tests: a real Chromium against the production build served on loopback. */
const config = () =>
  buildJestConfig({
    testEnvironment: 'node',
    testMatch: ['<rootDir>/__tests__/e2e/**/*.e2e.ts'],
    globalSetup: '<rootDir>/__tests__/e2e/global-setup.ts',
    globalTeardown: '<rootDir>/__tests__/e2e/global-teardown.ts',
    testTimeout: 30_000,
    // One browser and one server on a 2-core machine: test files share them one at a time.
    maxWorkers: 1,
  });

export default config;
