/**
 * What the hostile suite aims at, read from the app itself so newly merged features are covered
 * without editing this file: slash commands and their subcommands from manifest.yml, and the
 * action_ids / callback_ids the features register.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ACCOUNT_SELECT_ACTION, CALL_BLOCKS, CALL_MODAL } from '../../src/features/calls/ids.js';
import { ANSWER_MODAL, ASK_MODAL, DISCLOSE_BLOCKS, DISCLOSE_MODAL, REJECT_MODAL, TEXT_BLOCK } from '../../src/features/disclosures/ids.js';
import { PROGRAM_BLOCKS, PROGRAM_MODAL } from '../../src/features/incentives/ids.js';
import { GOAL_BLOCKS, SET_GOALS_MODAL } from '../../src/features/goals/ids.js';
import { AWAY_DATE_ACTION, AWAY_DATE_BLOCK, AWAY_MODAL } from '../../src/features/quotas/ids.js';
import { FIELDS, SETUP_MODAL } from '../../src/features/settings/ids.js';
import { registeredRoutes } from '../support/registered-routes.js';

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

/** action_ids and view callback_ids registered by the features. */
export function registeredInteractions(): { actionIds: string[]; callbackIds: string[] } {
  const { actionIds, callbackIds } = registeredRoutes();
  return { actionIds: [...new Set(actionIds)], callbackIds: [...new Set(callbackIds)] };
}

export type ModalFieldElement =
  | 'plain_text_input'
  | 'number_input'
  | 'static_select'
  | 'external_select'
  | 'datepicker'
  | 'timepicker'
  | 'users_select'
  | 'conversations_select'
  | 'checkboxes';

/** One input of a modal: where its value sits in view.state.values and what kind of element it is. */
export type ModalField = { callbackId: string; blockId: string; actionId: string; element: ModalFieldElement };

/**
 * Every input of every modal, so each gets every hostile value. Import the ids from the feature's
 * ids.ts; a test fails while a registered callback_id has no row here.
 */
export const MODAL_FIELDS: readonly ModalField[] = [
  ...callModalFields(),
  ...settingsModalFields(),
  { callbackId: AWAY_MODAL, blockId: AWAY_DATE_BLOCK, actionId: AWAY_DATE_ACTION, element: 'datepicker' },
  ...disclosureModalFields(),
  ...programModalFields(),
  ...goalModalFields(),
];

function goalModalFields(): ModalField[] {
  const elements: Record<keyof typeof GOAL_BLOCKS, ModalFieldElement> = {
    rep: 'users_select', period: 'plain_text_input', metric: 'static_select', target: 'plain_text_input', split: 'static_select', months: 'plain_text_input',
  };
  return (Object.keys(GOAL_BLOCKS) as (keyof typeof GOAL_BLOCKS)[]).map((name) => ({ callbackId: SET_GOALS_MODAL, blockId: GOAL_BLOCKS[name], actionId: GOAL_BLOCKS[name], element: elements[name] }));
}

function disclosureModalFields(): ModalField[] {
  const B = DISCLOSE_BLOCKS;
  const field = (blockId: string, element: ModalFieldElement): ModalField => ({ callbackId: DISCLOSE_MODAL, blockId, actionId: blockId, element });
  const text = (callbackId: string): ModalField => ({ callbackId, blockId: TEXT_BLOCK, actionId: TEXT_BLOCK, element: 'plain_text_input' });
  return [
    field(B.principal, 'plain_text_input'),
    field(B.products, 'plain_text_input'),
    field(B.competes, 'static_select'),
    field(B.since, 'datepicker'),
    field(B.territory, 'plain_text_input'),
    field(B.notes, 'plain_text_input'),
    text(REJECT_MODAL),
    text(ASK_MODAL),
    text(ANSWER_MODAL),
  ];
}

function programModalFields(): ModalField[] {
  const elements: Record<keyof typeof PROGRAM_BLOCKS, ModalFieldElement> = {
    name: 'plain_text_input', metric: 'static_select', startDate: 'datepicker', endDate: 'datepicker', prize: 'plain_text_input',
    targetKind: 'static_select', target: 'number_input', channel: 'conversations_select', cadence: 'static_select',
    weekday: 'static_select', time: 'timepicker', timeZone: 'plain_text_input', places: 'number_input',
    visibility: 'static_select', showInactive: 'checkboxes', team: 'users_select',
  };
  return (Object.keys(PROGRAM_BLOCKS) as (keyof typeof PROGRAM_BLOCKS)[]).map((name) => ({
    callbackId: PROGRAM_MODAL, blockId: PROGRAM_BLOCKS[name], actionId: PROGRAM_BLOCKS[name], element: elements[name],
  }));
}

function callModalFields(): ModalField[] {
  const B = CALL_BLOCKS;
  const field = (blockId: string, element: ModalFieldElement, actionId = blockId): ModalField => ({ callbackId: CALL_MODAL, blockId, actionId, element });
  return [
    field(B.account, 'external_select', ACCOUNT_SELECT_ACTION),
    field(B.contact, 'plain_text_input'),
    field(B.type, 'static_select'),
    field(B.day, 'datepicker'),
    field(B.time, 'timepicker'),
    field(B.outcome, 'static_select'),
    field(B.value, 'number_input'),
    field(B.stage, 'static_select'),
    field(B.nextStep, 'plain_text_input'),
    field(B.nextStepDate, 'datepicker'),
    field(B.notes, 'plain_text_input'),
  ];
}

function settingsModalFields(): ModalField[] {
  const elements: Record<keyof typeof FIELDS, ModalFieldElement> = {
    workingDays: 'checkboxes',
    holidays: 'plain_text_input',
    nudgeTime: 'timepicker',
    recapWeekday: 'static_select',
    recapTime: 'timepicker',
    digestTime: 'timepicker',
    weeklyNudgeCap: 'plain_text_input',
    currency: 'plain_text_input',
    defaultLocale: 'static_select',
    reviewChannelId: 'conversations_select',
    leaderboardChannelId: 'conversations_select',
    attestationMonths: 'static_select',
  };
  return (Object.keys(FIELDS) as (keyof typeof FIELDS)[]).map((name) => ({
    callbackId: SETUP_MODAL,
    blockId: FIELDS[name].block,
    actionId: FIELDS[name].action,
    element: elements[name],
  }));
}
