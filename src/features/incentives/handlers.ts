import { UserError } from '../../errors.js';
import type { IncentiveProgram } from '../../generated/sqlite/client.js';
import { homeOf } from '../../home/home-section.js';
import type { Actor } from '../../members/member-service.js';
import { requireManager } from '../../members/permissions.js';
import { actorOf } from '../../slack/actor-context.js';
import { ephemeral } from '../../slack/blocks.js';
import { wordsOf } from '../../slack/mentions.js';
import { localDayOf } from '../../time/local-time.js';
import type { CommandArgs, FeatureDeps } from '../feature.js';
import { MANUAL_SLOT_PREFIX, STANDINGS_KIND } from './ids.js';
import { programModal } from './program-modal.js';
import { closeProgram, programsFor, requireProgram, requireRunsProgram, runsProgram } from './program-service.js';
import { finishProgram } from './results-service.js';
import { programLine } from './results-views.js';
import { parseIncentiveCommand, parseLeaderboardCommand, programExpiry } from './rules.js';
import { standingsOf } from './standings-service.js';
import { standingsMessage } from './standings-views.js';

const staleHome = (deps: FeatureDeps, actor: Actor) => deps.events.emit('home.stale', homeOf(actor));

export const onIncentiveCommand = (deps: FeatureDeps) => async (args: CommandArgs) => {
  const actor = actorOf(args.context);
  const command = parseIncentiveCommand(wordsOf(args.command.text));
  if (command.action === 'help') return args.ack(ephemeral(actor.t('incentives.help')));
  requireManager(actor);
  if (command.action === 'new') {
    await args.ack();
    const today = localDayOf(deps.clock.now(), actor.member.tz);
    const view = programModal({ t: actor.t, today, timeZone: actor.member.tz, channelId: actor.workspace.leaderboardChannelId, isAdmin: actor.isAdmin });
    await args.client.views.open({ trigger_id: args.body.trigger_id, view });
    return;
  }
  if (command.action === 'list') {
    const programs = await programsFor(deps, actor);
    const lines = programs.filter((p) => runsProgram(actor, p)).map((p) => programLine(actor.t, p));
    return args.ack(ephemeral(lines.length ? `*${actor.t('incentives.list_title')}*\n${lines.join('\n')}` : actor.t('incentives.list_empty')));
  }
  const program = await requireProgram(deps, actor.workspace.id, command.name);
  requireRunsProgram(actor, program);
  const ended = await closeProgram(deps, program, deps.clock.now(), actor);
  if (!ended) throw new UserError('incentives.already_ended', { name: program.name });
  await finishProgram(deps, ended, deps.clock.now());
  await args.ack(ephemeral(actor.t('incentives.ended_now', { name: program.name, channel: program.channelId })));
  await deps.outbox.sendSoon();
  await staleHome(deps, actor);
};

/** The program named, or the viewer's first active one (ending soonest). */
async function programOf(deps: FeatureDeps, actor: Actor, name: string | undefined): Promise<IncentiveProgram> {
  if (name) return requireProgram(deps, actor.workspace.id, name);
  const [first] = await programsFor(deps, actor, 'active');
  if (!first) throw new UserError('incentives.none_active');
  return first;
}

export const onLeaderboardCommand = (deps: FeatureDeps) => async (args: CommandArgs) => {
  const actor = actorOf(args.context);
  const command = parseLeaderboardCommand(wordsOf(args.command.text));
  if (command.action === 'help') return args.ack(ephemeral(actor.t('incentives.leaderboard_help')));
  if (command.action === 'anonymous') {
    await deps.db.member.update({ where: { id: actor.member.id }, data: { hideNameInPublic: command.on } });
    return args.ack(ephemeral(actor.t(command.on ? 'incentives.anonymous_on' : 'incentives.anonymous_off')));
  }
  const program = await programOf(deps, actor, command.name);
  if (command.action === 'post') {
    requireRunsProgram(actor, program);
    const now = deps.clock.now();
    await deps.outbox.enqueue([{
      workspaceId: program.workspaceId, kind: STANDINGS_KIND, target: program.id, slot: `${MANUAL_SLOT_PREFIX}${args.body.trigger_id}`,
      payload: { programId: program.id }, dueAt: now, expiresAt: programExpiry(program, 0),
    }]);
    await args.ack(ephemeral(actor.t('incentives.posting', { name: program.name, channel: program.channelId })));
    await deps.outbox.sendSoon();
    return;
  }
  const standings = await standingsOf(deps.db, program, deps.clock.now(), { alsoRepIds: [actor.member.id] });
  const voice = { t: actor.t, language: actor.language, currency: actor.workspace.currency };
  const message = standingsMessage(voice, standings, { kind: 'private', viewerRepId: actor.member.id, seesAllValues: runsProgram(actor, program) });
  await args.ack(ephemeral(message.text, message.blocks));
};
