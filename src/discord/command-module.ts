import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  MessageComponentInteraction,
  MessageContextMenuCommandInteraction,
  RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandConfig } from '../config.js';
import type { Logger } from '../logger.js';
import type { BriefingService } from '../service/briefing-service.js';
import type { PageKeeper } from './pager.js';
import type { RateLimiter } from './rate-limiter.js';
import type { DigestServices } from '../digest/digest-runtime.js';

/**
 * What every command receives besides its interaction. Built once by the composition root
 * (src/main.ts) and passed in: no global container, nothing patched onto the client.
 * A feature that needs more (the digest's store and scheduler) adds an optional field here.
 */
export interface CommandContext {
  service: BriefingService;
  logger: Logger;
  /** The settings without the token: a command never needs it. */
  config: CommandConfig;
  rateLimiter: RateLimiter;
  pager: PageKeeper;
  /** Every loaded command, for /help. */
  commands: readonly CommandModule[];
  /** The daily digest, when the composition root wired it. */
  digest?: DigestServices;
}

/**
 * One slash command, one file in commands/ (the discord.js guide's shape): `data` is a
 * SlashCommandBuilder (or a ContextMenuCommandBuilder for a message menu entry, whose `execute`
 * gets the menu's interaction), `execute` answers the command. Optional exports:
 * - `autocomplete` answers autocomplete for its options (within Discord's 3 s, never deferred);
 * - `component` handles buttons whose custom_id starts with "<name>:";
 * - `help` gives /help an example; `rateLimited` puts it under the per-user question limit;
 * - `adminOnly` marks it for /help (the command still checks with `requireAdmin`).
 */
export interface CommandModule {
  data: { name: string; toJSON(): RESTPostAPIApplicationCommandsJSONBody };
  execute(
    interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
    context: CommandContext,
  ): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: CommandContext): Promise<void>;
  component?(interaction: MessageComponentInteraction, context: CommandContext): Promise<void>;
  help?: { example: string };
  rateLimited?: boolean;
  adminOnly?: boolean;
}
