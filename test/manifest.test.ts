import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { registeredCommands } from './support/registered-routes.js';

const root = path.resolve(import.meta.dirname, '..');
const schemaFile = path.resolve(root, '..', 'shared', 'slack-specs', 'slackapi-manifest-schema', 'schemas', 'manifest.schema.1.0.0.json');

type Manifest = { features: { slash_commands: { command: string; should_escape?: boolean }[] } };

async function loadManifest(): Promise<Manifest> {
  return parse(await readFile(path.join(root, 'manifest.yml'), 'utf8')) as Manifest;
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

  it('in HTTP mode, as the README and the manifest’s comments say, is valid and has the options load URL', async () => {
    const url = 'https://outfield.example.com/slack/events';
    const manifest = (await loadManifest()) as Manifest & { settings: Record<string, any> };
    const http = {
      ...manifest,
      features: { ...manifest.features, slash_commands: manifest.features.slash_commands.map((c) => ({ ...c, url })) },
      settings: {
        ...manifest.settings,
        socket_mode_enabled: false,
        event_subscriptions: { ...manifest.settings.event_subscriptions, request_url: url },
        interactivity: { ...manifest.settings.interactivity, request_url: url, message_menu_options_url: url },
      },
    };
    const validate = await manifestValidator();
    expect(validate(http), JSON.stringify(validate.errors)).toBe(true);
    for (const file of ['manifest.yml', 'README.md']) {
      const text = await readFile(path.join(root, file), 'utf8');
      expect(text, file).toContain('message_menu_options_url');
    }
  });

  it('lists exactly the slash commands the app registers, each escaped', async () => {
    const manifest = await loadManifest();
    const listed = manifest.features.slash_commands.map((c) => c.command).sort();
    expect(listed).toEqual(registeredCommands().sort());
    expect(manifest.features.slash_commands.every((c) => c.should_escape === true)).toBe(true);
  });
});
