import { performance } from 'node:perf_hooks';
import {
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import type { Logger } from '../logger.js';
import type { CommandContext, CommandModule } from './command-module.js';
import { replyWithError } from './error-reply.js';
import { pagePrefix } from './pager.js';
import { renderNotice } from './render/notice.js';
import { noMentions, sendReply } from './reply.js';

export interface InteractionRouter {
  /** The InteractionCreate listener. Never throws or rejects. */
  handle(interaction: Interaction): void;
  /** Stops taking new interactions (they get a polite "restarting" reply). */
  stopAccepting(): void;
  /** Resolves when every interaction in flight has finished, or after `timeoutMs`. */
  drain(timeoutMs: number): Promise<boolean>;
  readonly inFlight: number;
}

/**
 * Routes interactions to command modules: slash commands to `execute` (after the rate limit for
 * question commands), autocomplete to `autocomplete`, page buttons to the pager, other buttons
 * to the module named by the custom_id's prefix. Any failure ends in an error reply with a
 * reference and one log line.
 */
export function createInteractionRouter(options: {
  commands: readonly CommandModule[];
  context: CommandContext;
  logger: Logger;
}): InteractionRouter {
  const { context, logger } = options;
  const byName = new Map(options.commands.map((command) => [command.data.name, command]));
  const running = new Set<Promise<void>>();
  let accepting = true;

  async function runCommand(
    interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
  ): Promise<void> {
    const command = byName.get(interaction.commandName);
    if (!command) {
      await sendReply(interaction, renderNotice(`/${interaction.commandName} is not a command of this bot any more.`), {
        ephemeral: true,
      });
      return;
    }
    if (command.rateLimited) {
      const decision = await context.rateLimiter.take(interaction.user.id);
      if (!decision.allowed) {
        const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
        logger.info({ userId: interaction.user.id, command: interaction.commandName }, 'question rate limited');
        await sendReply(
          interaction,
          renderNotice(`You're asking quickly: please wait ${seconds} s before the next question.`, 'warning'),
          { ephemeral: true },
        );
        return;
      }
    }
    await command.execute(interaction, context);
  }

  async function runAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const command = byName.get(interaction.commandName);
    try {
      if (!command?.autocomplete) await interaction.respond([]);
      else await command.autocomplete(interaction, context);
    } catch (error) {
      // Autocomplete has no error message to show: an empty list, and a warning.
      logger.warn({ err: error, command: interaction.commandName }, 'autocomplete failed');
      if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
    }
  }

  async function runButton(interaction: ButtonInteraction): Promise<void> {
    if (interaction.customId.startsWith(pagePrefix)) {
      const turn = await context.pager.turn(interaction.customId, interaction.user.id);
      if (turn.kind === 'page') {
        await interaction.update({ ...turn.reply, allowedMentions: noMentions });
        return;
      }
      const text =
        turn.kind === 'not-owner'
          ? 'Only the person who asked can turn these pages. Ask the question yourself to browse the answers.'
          : 'These buttons have expired. Ask the question again.';
      await interaction.reply({
        ...renderNotice(text, 'warning'),
        flags: MessageFlags.Ephemeral,
        allowedMentions: noMentions,
      });
      return;
    }
    const owner = byName.get(interaction.customId.split(':')[0] ?? '');
    if (owner?.component) await owner.component(interaction, context);
    else await interaction.deferUpdate();
  }

  async function route(interaction: Interaction): Promise<void> {
    const started = performance.now();
    const details = {
      interactionId: interaction.id,
      userId: interaction.user.id,
      kind: interaction.type,
      command: 'commandName' in interaction ? interaction.commandName : undefined,
    };
    try {
      if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) await runCommand(interaction);
      else if (interaction.isAutocomplete()) await runAutocomplete(interaction);
      else if (interaction.isButton()) await runButton(interaction);
      logger.info({ ...details, durationMs: Math.round(performance.now() - started) }, 'interaction handled');
    } catch (error) {
      if (interaction.isRepliable()) await replyWithError(interaction, logger, error, details);
      else logger.error({ err: error, ...details }, 'interaction failed');
    }
  }

  async function refuseWhileStopping(interaction: Interaction): Promise<void> {
    try {
      if (interaction.isAutocomplete()) await interaction.respond([]);
      else if (interaction.isRepliable()) {
        await interaction.reply({
          ...renderNotice('The bot is restarting: please ask again in a moment.'),
          flags: MessageFlags.Ephemeral,
          allowedMentions: noMentions,
        });
      }
    } catch (error) {
      logger.warn({ err: error, interactionId: interaction.id }, 'shutdown reply failed');
    }
  }

  function track(work: Promise<void>): void {
    running.add(work);
    void work.finally(() => running.delete(work));
  }

  return {
    handle(interaction) {
      track(accepting ? route(interaction) : refuseWhileStopping(interaction));
    },
    stopAccepting() {
      accepting = false;
    },
    async drain(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      const finished = (async () => {
        while (running.size > 0) await Promise.allSettled([...running]);
        return true;
      })();
      const drained = await Promise.race([finished, timedOut]);
      clearTimeout(timer);
      return drained;
    },
    get inFlight() {
      return running.size;
    },
  };
}
