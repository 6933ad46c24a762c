import { buildJestConfig } from './jest.shared.mjs';

/** Unit and component tests: `npm test`. */
const config = () =>
  buildJestConfig({
    testEnvironment: 'node',
    setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
    testMatch: ['<rootDir>/__tests__/**/*.test.ts?(x)'],
    testPathIgnorePatterns: ['/node_modules/', '<rootDir>/__tests__/e2e/'],
  });

export default config;
