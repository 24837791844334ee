import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // worker threads start faster than forked processes (about 10 % of the suite here); tests
    // that need a real process spawn the built CLI
    pool: 'threads',
    // one module graph per worker instead of one per test file: importing the source anew for
    // each of 230 files cost most of the suite's time (test/rules alone: 224 s → 26 s under
    // load). No test mocks modules or changes process-wide state, so sharing is safe.
    isolate: false,
    // UPDATE_GOLDEN=1 rewrites the golden files (toMatchFileSnapshot) and snapshots, as `-u` does
    ...(process.env.UPDATE_GOLDEN === '1' ? { update: true } : {}),
  },
});
