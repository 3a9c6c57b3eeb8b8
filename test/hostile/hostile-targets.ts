/**
 * What the hostile suite aims at, read from the app itself so newly merged features are covered
 * without editing this file: slash commands and their subcommands from manifest.yml, and the
 * action_ids / callback_ids the features register with Bolt.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { registerFeatures } from '../../src/features/index.js';

const root = path.resolve(import.meta.dirname, '..', '..');

type ManifestCommand = { command: string; usage_hint?: string };

/** The literal subcommand words of a usage hint ("[set @rep … | team | help]" → set, team, help). */
export function subcommandsOf(usageHint: string): string[] {
  const words = usageHint
    .replace(/[[\]]/g, ' ')
    .split('|')
    .map((alternative) => alternative.trim().split(/\s+/)[0] ?? '')
    .filter((word) => /^[a-z]+$/.test(word));
  return ['', ...new Set(words)];
}

export type CommandTarget = { command: string; subcommands: string[] };

export function commandTargets(): CommandTarget[] {
  const manifest = parse(readFileSync(path.join(root, 'manifest.yml'), 'utf8')) as { features: { slash_commands: ManifestCommand[] } };
  return manifest.features.slash_commands.map(({ command, usage_hint }) => ({ command, subcommands: subcommandsOf(usage_hint ?? '') }));
}

const idOf = (constraint: unknown, key: 'action_id' | 'callback_id'): string | undefined => {
  if (typeof constraint === 'string') return constraint;
  if (constraint && typeof constraint === 'object' && typeof (constraint as Record<string, unknown>)[key] === 'string') {
    return (constraint as Record<string, string>)[key];
  }
  return undefined; // a RegExp constraint names no single id
};

/** action_ids and view callback_ids registered by the features, read through a stand-in for Bolt's API. */
export function registeredInteractions(): { actionIds: string[]; callbackIds: string[] } {
  const actionIds: string[] = [];
  const callbackIds: string[] = [];
  const recorder = {
    command: () => {},
    event: () => {},
    options: () => {},
    shortcut: () => {},
    message: () => {},
    use: () => {},
    action: (constraint: unknown) => void (idOf(constraint, 'action_id') && actionIds.push(idOf(constraint, 'action_id') as string)),
    view: (constraint: unknown) => void (idOf(constraint, 'callback_id') && callbackIds.push(idOf(constraint, 'callback_id') as string)),
  };
  registerFeatures(recorder as never, {} as never);
  return { actionIds: [...new Set(actionIds)], callbackIds: [...new Set(callbackIds)] };
}

export type ModalFieldElement = 'plain_text_input' | 'number_input' | 'static_select' | 'datepicker' | 'users_select' | 'checkboxes';

/** One input of a modal: where its value sits in view.state.values and what kind of element it is. */
export type ModalField = { callbackId: string; blockId: string; actionId: string; element: ModalFieldElement };

/**
 * Every input of every modal, so each gets every hostile value. Import the ids from the feature's
 * ids.ts; a test fails while a registered callback_id has no row here.
 */
export const MODAL_FIELDS: readonly ModalField[] = [];
