/**
 * Filling a modal the app opened, as a person on the page does: every input keeps what the app put
 * in it (initial values), and the person types or picks the rest. The seed learns nothing of the
 * app's tables; it only needs the block ids the features export.
 */
import type { StateValue, StateValues } from '../slack-standin/slack-driver.js';
import type { Person } from './cast.js';
import type { SandboxSlack } from './standin.js';
import { dmChannelFor, type View } from './workspace.js';

const MODAL_WAIT_MS = 3000;

type Element = Record<string, unknown> & { type: string; action_id?: string };
type Block = { type: string; block_id?: string; element?: Element };

/** What an element holds before anyone touches it, in view.state.values form. */
function initialState(element: Element): StateValue {
  const { type } = element;
  switch (type) {
    case 'static_select': case 'radio_buttons': return { type, selected_option: element.initial_option ?? null };
    case 'checkboxes': return { type, selected_options: element.initial_options ?? [] };
    case 'datepicker': return { type, selected_date: element.initial_date ?? null };
    case 'timepicker': return { type, selected_time: element.initial_time ?? null };
    case 'users_select': return { type, selected_user: element.initial_user ?? null };
    case 'conversations_select': return { type, selected_conversation: element.initial_conversation ?? null };
    // An empty box reads as null, as Slack (and the page) send it.
    default: return { type, value: element.initial_value || null };
  }
}

/** The state of `view` with `answers` (block id → state entry) in place of the initial values. */
export function formValues(view: View, answers: Record<string, StateValue>): StateValues {
  const values: StateValues = {};
  for (const block of (view.blocks ?? []) as Block[]) {
    if (block.type !== 'input' || !block.block_id || !block.element?.action_id) continue;
    values[block.block_id] = { [block.element.action_id]: answers[block.block_id] ?? initialState(block.element) };
  }
  return values;
}

/** Bolt acks before the handler calls views.open, so the modal may arrive just after the command's answer. */
async function modalOf(slack: SandboxSlack, userId: string): Promise<View | undefined> {
  for (let waited = 0; waited < MODAL_WAIT_MS; waited += 10) {
    const view = slack.workspace.topModal(userId);
    if (view) return view;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return undefined;
}

/**
 * Types `command` in the person's DM with Outfield, waits for the modal it opens and submits it with
 * `answers`. Throws when no modal opens or the app answers with inline errors: a seed that silently
 * leaves things out would show a demo with holes.
 */
export async function submitModal(slack: SandboxSlack, as: Person, command: string, answers: Record<string, StateValue>): Promise<void> {
  await slack.compose(as.id, dmChannelFor(as.id), command);
  const view = await modalOf(slack, as.id);
  if (!view) throw new Error(`the demo seed: ${command} opened no modal`);
  await slack.submit(as.id, view.id, formValues(view, answers));
  const left = slack.workspace.topModal(as.id);
  if (left) throw new Error(`the demo seed: ${command} was refused: ${JSON.stringify(left.errors ?? left.trouble ?? {})}`);
}
