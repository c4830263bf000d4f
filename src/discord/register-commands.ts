import { REST, Routes, type RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import type { CommandModule } from './command-module.js';

export interface Registration {
  scope: 'guild' | 'global';
  route: string;
  commands: string[];
}

export function commandPayloads(commands: readonly CommandModule[]): RESTPostAPIApplicationCommandsJSONBody[] {
  return commands.map((command) => command.data.toJSON());
}

/**
 * Bulk-overwrites the application's commands: to one guild when a guild id is given (instant,
 * for development), else globally. The overwrite also removes commands no longer in commands/.
 */
export async function registerCommands(options: {
  token: string;
  apiBase: string;
  clientId: string;
  guildId: string | null;
  commands: readonly CommandModule[];
}): Promise<Registration> {
  const rest = new REST({ api: options.apiBase }).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.clientId, options.guildId)
    : Routes.applicationCommands(options.clientId);
  const registered = (await rest.put(route, { body: commandPayloads(options.commands) })) as Array<{ name: string }>;
  return { scope: options.guildId ? 'guild' : 'global', route, commands: registered.map((command) => command.name) };
}
