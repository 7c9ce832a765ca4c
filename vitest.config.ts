import { defineConfig } from 'vitest/config';

// Unit tests: pure logic from src/core and src/kb, run in Node.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
