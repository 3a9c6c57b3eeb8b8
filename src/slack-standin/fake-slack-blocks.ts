/**
 * Compact, table-driven Block Kit validation for the fake Slack (limits from
 * shared/notes/slack-wire-facts.md §4). Messages mimic Slack's
 * `[ERROR] ... [json-pointer:/path]` form: chat.* answer `invalid_blocks`, views.* `invalid_arguments`.
 */
import { fail } from './fake-slack-types.js';
import type { ApiError } from './fake-slack-types.js';

const BLOCK_TYPES = new Set([
  'actions', 'alert', 'card', 'carousel', 'container', 'context', 'context_actions', 'data_table', 'divider',
  'file', 'header', 'image', 'input', 'markdown', 'rich_text', 'section', 'table', 'task_card', 'plan', 'video',
]);
const TEXT_TYPES = new Set(['plain_text', 'mrkdwn']);
/** Keys whose values are option objects (they carry no `type` of their own). */
const OPTION_KEYS = new Set(['options', 'initial_options', 'initial_option']);

/** [owner type ('*' = any), field, max length or item count]; text objects are measured by their `.text`. */
type Rule = readonly [owner: string, field: string, max: number];
const RULES: readonly Rule[] = [
  ['*', 'action_id', 255],
  ['*', 'block_id', 255],
  ['section', 'text', 3000],
  ['section', 'fields', 10],
  ['header', 'text', 150],
  ['button', 'text', 75],
  ['button', 'value', 2000],
  ['button', 'url', 3000],
  ['actions', 'elements', 25],
  ['context', 'elements', 10],
  ['input', 'label', 2000],
  ['input', 'hint', 2000],
  ['plain_text_input', 'placeholder', 150],
  ['plain_text_input', 'initial_value', 3000],
  ['static_select', 'options', 100],
  ['multi_static_select', 'options', 100],
  ['checkboxes', 'options', 10],
  ['radio_buttons', 'options', 10],
  ['overflow', 'options', 5],
  ['option', 'text', 75],
  ['option', 'value', 150],
  ['option', 'description', 75],
];
const VIEW_RULES: readonly (readonly [field: string, max: number])[] = [
  ['title', 24],
  ['submit', 24],
  ['close', 24],
  ['private_metadata', 3000],
  ['callback_id', 255],
  ['external_id', 255],
];
const MAX_VIEW_JSON = 250_000;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function measure(value: unknown): number | undefined {
  if (typeof value === 'string' || Array.isArray(value)) return value.length;
  if (isObj(value) && typeof value.text === 'string') return value.text.length;
  return undefined;
}

function checkLimit(value: unknown, max: number, pointer: string, problems: string[]): void {
  const size = measure(value);
  if (size === undefined || size <= max) return;
  problems.push(
    Array.isArray(value)
      ? `[ERROR] no more than ${max} items allowed [json-pointer:${pointer}]`
      : `[ERROR] must be less than ${max + 1} characters [json-pointer:${pointer}]`,
  );
}

function walk(node: unknown, pointer: string, owner: string, problems: string[]): void {
  if (Array.isArray(node)) {
    node.forEach((child, i) => walk(child, `${pointer}/${i}`, owner, problems));
    return;
  }
  if (!isObj(node)) return;
  const type = typeof node.type === 'string' ? node.type : undefined;
  if (type !== undefined && TEXT_TYPES.has(type)) {
    if (node.text === '') problems.push(`[ERROR] must be more than 0 characters [json-pointer:${pointer}/text]`);
    return;
  }
  const self = type ?? owner;
  for (const [key, value] of Object.entries(node)) {
    for (const [ruleOwner, field, max] of RULES) {
      if (field === key && (ruleOwner === '*' || ruleOwner === self)) checkLimit(value, max, `${pointer}/${key}`, problems);
    }
    walk(value, `${pointer}/${key}`, OPTION_KEYS.has(key) ? 'option' : self, problems);
  }
}

/** All problems of a block list: count, known types, unique block_ids, per-field limits. */
export function blockProblems(blocks: unknown[], pointer: string, maxBlocks: number): string[] {
  const problems: string[] = [];
  checkLimit(blocks, maxBlocks, pointer, problems);
  const blockIds = new Set<string>();
  blocks.forEach((block, i) => {
    const at = `${pointer}/${i}`;
    if (!isObj(block) || typeof block.type !== 'string') {
      problems.push(`[ERROR] missing required field: type [json-pointer:${at}]`);
      return;
    }
    if (!BLOCK_TYPES.has(block.type)) problems.push(`[ERROR] unsupported type: ${block.type} [json-pointer:${at}/type]`);
    if (typeof block.block_id === 'string') {
      if (blockIds.has(block.block_id)) problems.push(`[ERROR] duplicate block_id [json-pointer:${at}/block_id]`);
      blockIds.add(block.block_id);
    }
    walk(block, at, block.type, problems);
  });
  return problems;
}

/** chat.postMessage / postEphemeral / update: at most 50 blocks → `invalid_blocks`. */
export function checkMessageBlocks(blocks: unknown): ApiError | undefined {
  if (blocks === undefined) return undefined;
  if (!Array.isArray(blocks)) return fail('invalid_blocks_format');
  const problems = blockProblems(blocks, '/blocks', 50);
  return problems.length > 0 ? fail('invalid_blocks', problems) : undefined;
}

/** views.*: a `modal` or `home` view with at most 100 blocks → `invalid_arguments` / `view_too_large`. */
export function checkView(view: unknown, type: string): ApiError | undefined {
  if (!isObj(view)) return fail('invalid_arguments', ['[ERROR] missing required field: view']);
  if (JSON.stringify(view).length > MAX_VIEW_JSON) return fail('view_too_large');
  const problems: string[] = [];
  if (view.type !== type) problems.push(`[ERROR] must be '${type}' [json-pointer:/view/type]`);
  if (type === 'modal' && view.title === undefined) {
    problems.push('[ERROR] missing required field: title [json-pointer:/view/title]');
  }
  for (const [field, max] of VIEW_RULES) checkLimit(view[field], max, `/view/${field}`, problems);
  if (!Array.isArray(view.blocks)) {
    problems.push('[ERROR] missing required field: blocks [json-pointer:/view/blocks]');
  } else {
    problems.push(...blockProblems(view.blocks, '/view/blocks', 100));
    const hasInput = view.blocks.some((b) => isObj(b) && b.type === 'input');
    if (type === 'modal' && hasInput && view.submit === undefined) {
      problems.push('[ERROR] must provide a submit property when using input blocks [json-pointer:/view/submit]');
    }
  }
  return problems.length > 0 ? fail('invalid_arguments', problems) : undefined;
}
