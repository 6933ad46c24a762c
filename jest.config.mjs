import nextJest from 'next/jest.js';

const createJestConfig = nextJest({ dir: './' });

/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'node',
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  testMatch: ['<rootDir>/__tests__/**/*.test.ts?(x)'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/__tests__/e2e/'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/$1',
    // estree-walker exports only an `import` condition, which Jest's CommonJS resolver cannot see.
    '^estree-walker$': '<rootDir>/node_modules/estree-walker/src/index.js',
  },
};

/**
 * The unified/remark/micromark ecosystem ships ESM only. next/jest appends its own
 * `/node_modules/` ignore pattern after ours, so the list is replaced once it is built: only the
 * big CommonJS packages are left untransformed, everything else goes through SWC.
 */
export default async function jestConfig() {
  const resolved = await createJestConfig(config)();
  resolved.transformIgnorePatterns = [
    '/node_modules/(?:react|react-dom|scheduler|next|@next|jsdom|@testing-library|jest-.*|@jest|@babel|typescript|zod|yaml|gray-matter|js-yaml|@swc)/',
    '^.+\\.module\\.(css|sass|scss)$',
  ];
  return resolved;
}
