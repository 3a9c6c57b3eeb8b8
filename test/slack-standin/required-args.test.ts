import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { methodSpecDir, specRequiredArgs } from '../../src/slack-standin/fake-slack-spec.js';

const snapshotUrl = new URL('../../src/slack-standin/required-args.json', import.meta.url);

describe('required-args.json', () => {
  it.skipIf(!existsSync(methodSpecDir))('matches the method specs in shared/slack-specs', async () => {
    const snapshot = JSON.parse(await readFile(snapshotUrl, 'utf8')) as Record<string, string[]>;
    for (const [method, required] of Object.entries(snapshot)) {
      expect({ method, required: [...required].sort() }).toEqual({ method, required: [...((await specRequiredArgs(method)) ?? [])].sort() });
    }
    expect(Object.keys(snapshot).length).toBeGreaterThan(15);
  });
});
