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
    // UPDATE_GOLDEN=1 rewrites the golden files (toMatchFileSnapshot) and snapshots, as `-u` does
    ...(process.env.UPDATE_GOLDEN === '1' ? { update: true } : {}),
  },
});
