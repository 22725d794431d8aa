import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Two cores: one worker keeps the machine free for the build and browser tests.
    pool: 'threads',
    poolOptions: { threads: { singleThread: true } },
  },
});
