import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { layerZones } from './eslint.layers.mjs';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // The layers of ARCHITECTURE.md: a module may import its own layer and the ones below, never one above.
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**'],
    rules: { 'import/no-restricted-paths': ['error', { zones: layerZones }] },
  },
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      '.data/**',
      '.test-data/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
];

export default config;
