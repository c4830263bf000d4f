import { Client, GatewayIntentBits } from 'discord.js';

export interface ClientSettings {
  /** REST base such as https://discord.com/api; @discordjs/rest appends the version. */
  apiBase: string;
  /** How long to wait for guilds listed in READY; Discord's default is 15 s. */
  waitGuildTimeoutMs?: number;
}

/**
 * The discord.js client: slash commands need only the Guilds intent (no message content).
 * Mentions are never parsed in anything the bot sends.
 */
export function createDiscordClient(settings: ClientSettings): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: settings.apiBase },
    allowedMentions: { parse: [] },
    waitGuildTimeout: settings.waitGuildTimeoutMs ?? 15_000,
  });
}
