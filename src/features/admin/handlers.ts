import { actorOf } from '../../slack/actor-context.js';
import { ephemeral } from '../../slack/blocks.js';
import { wordsOf } from '../../slack/mentions.js';
import { UserError } from '../../errors.js';
import type { MemberDeps } from '../../members/member-service.js';
import type { CommandArgs, FeatureDeps, SubcommandHandler } from '../feature.js';
import { OUTFIELD_COMMAND } from './ids.js';
import { parseRoleArgs, parseTeamArgs } from './rules.js';
import { setRole, setTeam, teamOf } from './team-service.js';
import { roleMessage, teamMessage } from './views.js';

const memberDeps = (deps: FeatureDeps, args: CommandArgs): MemberDeps => ({
  ...deps,
  slack: args.client,
  adminIds: deps.config.adminIds,
});

export const onHelp: SubcommandHandler = async ({ ack, context }) => {
  await ack(ephemeral(actorOf(context).t('admin.help')));
};

export const onRole = (deps: FeatureDeps): SubcommandHandler => async (args, words) => {
  const actor = actorOf(args.context);
  const change = parseRoleArgs(words);
  const { changed } = await setRole(memberDeps(deps, args), actor, change);
  await args.ack(roleMessage(actor.t, change.slackUserId, change.role, changed));
};

export const onTeam = (deps: FeatureDeps): SubcommandHandler => async (args, words) => {
  const actor = actorOf(args.context);
  if (words.length === 0) {
    await args.ack(teamMessage(actor.t, actor.member, await teamOf(deps, actor.member)));
    return;
  }
  const change = parseTeamArgs(words);
  const team = await setTeam(memberDeps(deps, args), actor, change);
  const manager = { ...actor.member, slackUserId: change.managerSlackId };
  await args.ack(teamMessage(actor.t, manager, team));
};

/**
 * `/outfield <sub> …` dispatches through a table that other features extend. A two-word key
 * ("export calls", "accounts key") wins over a one-word one, so two features can share a verb.
 */
export function onOutfieldCommand(subcommands: Record<string, SubcommandHandler>) {
  // Own keys only: `__proto__` or `constructor` must read as unknown subcommands, not as Object's members.
  const find = (name: string) => (Object.hasOwn(subcommands, name) ? subcommands[name] : undefined);
  return async (args: CommandArgs) => {
    const [sub = 'help', second = '', ...rest] = wordsOf(args.command.text);
    const name = sub.toLowerCase();
    const pair = find(`${name} ${second.toLowerCase()}`);
    if (pair) return pair(args, rest);
    const handler = find(name);
    if (!handler) throw new UserError('common.unknown_subcommand', { command: OUTFIELD_COMMAND, sub: sub.slice(0, 40) });
    await handler(args, second ? [second, ...rest] : rest);
  };
}
