import type { ModalView } from '@slack/types';
import { z } from 'zod';
import { UserError } from '../../errors.js';
import type { Translate } from '../../i18n/index.js';
import { input, modal, option, plainText } from '../../slack/blocks.js';
import { isSlackUserId } from '../../slack/mentions.js';
import { parseMetric, parsePeriodText, parseSplit, parseTarget, type GoalInput } from './command-rules.js';
import { GOAL_BLOCKS, SET_GOALS_MODAL, type GoalBlock } from './ids.js';
import { GOAL_METRICS } from './rules.js';

const B = GOAL_BLOCKS;
const SPLITS = ['even', 'lastyear', 'hand'] as const;

/** The Set goals modal: a rep, a period, a metric and a target; a quarter may be split three ways. */
export function setGoalsModal(t: Translate, defaultPeriod: string): ModalView {
  const text = (blockId: string, initial?: string) => ({ type: 'plain_text_input' as const, action_id: blockId, max_length: 40, ...(initial ? { initial_value: initial } : {}) });
  return modal({
    callbackId: SET_GOALS_MODAL,
    title: t('goals.modal_title'),
    submit: t('common.save'),
    close: t('common.cancel'),
    blocks: [
      input({ blockId: B.rep, label: t('goals.modal_rep'), element: { type: 'users_select', action_id: B.rep } }),
      input({ blockId: B.period, label: t('goals.modal_period'), element: text(B.period, defaultPeriod), hint: t('goals.modal_period_hint') }),
      input({ blockId: B.metric, label: t('goals.modal_metric'), element: { type: 'static_select', action_id: B.metric, options: GOAL_METRICS.map((m) => option(t(`goals.metric_${m}`), m)) } }),
      input({ blockId: B.target, label: t('goals.modal_target'), element: text(B.target) }),
      input({
        blockId: B.split,
        label: t('goals.modal_split'),
        optional: true,
        element: { type: 'static_select', action_id: B.split, placeholder: plainText(t('goals.split_even')), options: SPLITS.map((s) => option(t(`goals.split_${s}`), s)) },
      }),
      input({ blockId: B.months, label: t('goals.modal_months'), optional: true, element: text(B.months), hint: t('goals.modal_months_hint') }),
    ],
  });
}

const stateValueSchema = z.looseObject({
  value: z.string().nullish(),
  selected_user: z.string().nullish(),
  selected_option: z.looseObject({ value: z.string() }).nullish(),
});
const stateSchema = z.record(z.string(), z.record(z.string(), stateValueSchema));

export type GoalModalResult = { input: GoalInput } | { errors: Partial<Record<GoalBlock, { key: UserError['key']; params: UserError['params'] }>> };

/** The modal's state → the same input `/goal set` builds, or an error on each field that is wrong. */
export function readGoalModal(values: unknown): GoalModalResult {
  const parsed = stateSchema.safeParse(values);
  const state = parsed.success ? parsed.data : {};
  const raw = (block: GoalBlock) => state[block]?.[block];
  const errors: Partial<Record<GoalBlock, { key: UserError['key']; params: UserError['params'] }>> = {};
  const check = <T>(block: GoalBlock, read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      errors[block] = { key: error.key, params: error.params };
      return undefined;
    }
  };
  const repSlackId = check(B.rep, () => {
    const user = raw(B.rep)?.selected_user ?? '';
    if (!isSlackUserId(user)) throw new UserError('goals.modal_pick_rep');
    return user;
  });
  const period = check(B.period, () => parsePeriodText(raw(B.period)?.value ?? ''));
  const metric = check(B.metric, () => parseMetric(raw(B.metric)?.selected_option?.value ?? ''));
  const target = metric ? check(B.target, () => parseTarget(raw(B.target)?.value ?? '', metric)) : undefined;
  const mode = raw(B.split)?.selected_option?.value ?? 'even';
  const months = raw(B.months)?.value ?? '';
  const split = period && metric && target !== undefined
    ? check(mode === 'hand' ? B.months : B.split, () => {
      if (!(SPLITS as readonly string[]).includes(mode)) throw new UserError('goals.bad_split', { text: mode.slice(0, 40) });
      if (mode === 'hand' && months.trim() === '') throw new UserError('goals.months_required');
      return parseSplit(mode === 'hand' ? months : mode, period, metric, target);
    })
    : undefined;
  if (!repSlackId || !period || !metric || target === undefined || !split) return { errors };
  return { input: { repSlackId, period, metric, target, split } };
}
