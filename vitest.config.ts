import { defineConfig } from 'vitest/config';

// Unit tests, run in Node, in folders that mirror src/ (lib, kb, core, shared, ui, content, popup, background),
// with the build's (build/), the hardening rules (hardening/) and the layers' rules (architecture/). A test that
// needs a DOM says so with `@vitest-environment happy-dom`, or builds one with linkedom.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
