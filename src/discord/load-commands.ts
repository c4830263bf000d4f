import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import type { CommandModule } from './command-module.js';

/** commands/ at the project root: one slash command a file. */
export const defaultCommandsDirectory = fileURLToPath(new URL('../../commands/', import.meta.url));

function isCommandFile(name: string): boolean {
  return /\.(ts|js|mjs)$/.test(name) && !/\.(d|test|spec)\.(ts|js|mjs)$/.test(name) && !name.startsWith('_');
}

function asCommandModule(file: string, loaded: Record<string, unknown>): CommandModule {
  // Named exports (data, execute ...) as in the discord.js guide, or one default export.
  const candidate = (loaded.default ?? loaded) as Partial<CommandModule>;
  const problems: string[] = [];
  if (typeof candidate.data?.name !== 'string' || typeof candidate.data.toJSON !== 'function') {
    problems.push('`data` must be a SlashCommandBuilder');
  }
  if (typeof candidate.execute !== 'function') problems.push('`execute` must be a function');
  if (candidate.autocomplete !== undefined && typeof candidate.autocomplete !== 'function') {
    problems.push('`autocomplete` must be a function');
  }
  if (problems.length > 0) throw new Error(`${file} is not a command module: ${problems.join('; ')}`);
  return candidate as CommandModule;
}

/**
 * Loads every command module of a folder; the bot and the deploy script share it, so what is
 * registered is exactly what is served. Throws on a malformed module or a duplicate name.
 */
export async function loadCommands(directory: string = defaultCommandsDirectory): Promise<CommandModule[]> {
  const files = (await readdir(directory)).filter(isCommandFile).sort();
  const commands: CommandModule[] = [];
  const names = new Set<string>();
  for (const file of files) {
    const loaded = (await import(pathToFileURL(path.join(directory, file)).href)) as Record<string, unknown>;
    const command = asCommandModule(file, loaded);
    if (names.has(command.data.name)) throw new Error(`${file}: a second command named /${command.data.name}`);
    names.add(command.data.name);
    commands.push(command);
  }
  return commands;
}
