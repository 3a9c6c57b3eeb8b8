// Prints one closing line for `npm test`, which runs vitest once per database provider.
import { readFile } from 'node:fs/promises';

type VitestJson = { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };

let passed = 0;
let failed = 0;
let skipped = 0;
for (const provider of ['sqlite', 'postgresql']) {
  const result = JSON.parse(await readFile(`test-results/${provider}.json`, 'utf8')) as VitestJson;
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  skipped += result.numPendingTests + result.numTodoTests;
}
process.stdout.write(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
process.exitCode = failed > 0 ? 1 : 0;
