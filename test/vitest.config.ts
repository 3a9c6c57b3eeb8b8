import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export default defineConfig({
  root,
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // Every file gets its own database, so files run in parallel without sharing rows.
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    reporters: ['default', 'json'],
    // Read by test/support/print-summary.ts for the closing "N passed, N failed" line of npm test.
    outputFile: { json: `test-results/${process.env.OUTFIELD_TEST_DB ?? 'sqlite'}.json` },
  },
});
