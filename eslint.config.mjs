import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores(['.next/**', '.next-*/**', '.serve/**', 'out/**', 'node_modules/**', 'next-env.d.ts', 'bench-results/**', 'screenshots/**', 'scripts/bench/floor-app/.next/**', 'scripts/bench/floor-app/next-env.d.ts']),
]);
