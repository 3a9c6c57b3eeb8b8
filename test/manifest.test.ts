import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { registerFeatures } from '../src/features/index.js';

const root = path.resolve(import.meta.dirname, '..');
const schemaFile = path.resolve(root, '..', 'shared', 'slack-specs', 'slackapi-manifest-schema', 'schemas', 'manifest.schema.1.0.0.json');

type Manifest = { features: { slash_commands: { command: string; should_escape?: boolean }[] } };

async function loadManifest(): Promise<Manifest> {
  return parse(await readFile(path.join(root, 'manifest.yml'), 'utf8')) as Manifest;
}

/** The commands the app registers, read through a stand-in for Bolt's registration API. */
function registeredCommands(): string[] {
  const commands: string[] = [];
  const recorder = { command: (name: string) => commands.push(name), action: () => {}, view: () => {}, event: () => {}, options: () => {} };
  registerFeatures(recorder as never, { events: { on: () => {}, emit: async () => {} } } as never);
  return commands;
}

describe('manifest.yml', () => {
  async function manifestValidator() {
    const schema = JSON.parse(await readFile(schemaFile, 'utf8'));
    return new Ajv({ strict: false, allErrors: true, validateFormats: false, logger: false }).compile(schema);
  }

  it('is valid against Slack’s official app-manifest schema', async () => {
    const validate = await manifestValidator();
    const valid = validate(await loadManifest());
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('would be rejected by that schema with a misspelt field (the check can fail)', async () => {
    const validate = await manifestValidator();
    const manifest = await loadManifest();
    expect(validate({ ...manifest, settings: { interactivity: { enabled: true } } })).toBe(false);
  });

  it('lists exactly the slash commands the app registers, each escaped', async () => {
    const manifest = await loadManifest();
    const listed = manifest.features.slash_commands.map((c) => c.command).sort();
    expect(listed).toEqual(registeredCommands().sort());
    expect(manifest.features.slash_commands.every((c) => c.should_escape === true)).toBe(true);
  });
});
