import path from 'node:path';
import { defineConfig } from 'vitest/config';

// 'server-only' guards the data layer from client bundles; under Vitest it is a no-op.
const alias = {
  '@': path.resolve(import.meta.dirname),
  'server-only': path.resolve(import.meta.dirname, 'lib/testing/server-only-stub.ts'),
};

// next-auth imports 'next/server' without an extension, which only a bundler resolves: let Vite process it.
const server = { deps: { inline: ['next-auth'] } };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'db/**/*.test.ts', 'components/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', 'node_modules/**'],
          environment: 'node',
          server,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['lib/**/*.int.test.ts', 'db/**/*.int.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          server,
        },
      },
    ],
  },
});
