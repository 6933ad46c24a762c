import nextJest from 'next/jest.js';

const createJestConfig = nextJest({ dir: './' });

/**
 * Builds a Jest config with next/jest's SWC transform, able to load the ESM-only
 * unified/remark/micromark ecosystem. next/jest appends its own `/node_modules/` ignore pattern
 * after ours, so the list is replaced once it is built: only the big CommonJS packages are left
 * untransformed, everything else goes through SWC.
 */
export async function buildJestConfig(config) {
  const resolved = await createJestConfig({
    ...config,
    moduleNameMapper: {
      '^@/(.*)$': '<rootDir>/$1',
      // estree-walker exports only an `import` condition, which Jest's CommonJS resolver cannot see.
      '^estree-walker$': '<rootDir>/node_modules/estree-walker/src/index.js',
      ...config.moduleNameMapper,
    },
  })();
  resolved.transformIgnorePatterns = [
    '/node_modules/(?:react|react-dom|scheduler|next|@next|jsdom|@testing-library|jest-.*|@jest|@babel|typescript|zod|yaml|gray-matter|js-yaml|@swc|playwright-core)/',
    '^.+\\.module\\.(css|sass|scss)$',
  ];
  return resolved;
}
