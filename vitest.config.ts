import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Property tests run thousands of cases; on a loaded two-core machine the 5 s default flakes.
    testTimeout: 30_000,
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts'],
      reporter: ['text-summary'],
      // The floor for src/lib, set from the figure on 2026-11-23 (91.8 / 81.5 / 91.5 / 93.9): raise it as tests grow, never lower it.
      thresholds: { statements: 91, branches: 81, functions: 91, lines: 93 },
    },
  },
});
