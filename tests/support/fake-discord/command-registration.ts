import { HttpError } from './http-error.js';
import type { Json } from './json.js';
import { checkCommands } from './limits.js';
import type { RestState } from './rest-state.js';
import { createSnowflake } from './snowflake.js';

/** PUT /applications/:id[/guilds/:id]/commands: a bulk overwrite, answered with the commands as Discord stores them. */
export function registerCommands(
  state: Pick<RestState, 'world' | 'registrations'>,
  route: string,
  applicationId: string,
  guildId: string | undefined,
  body: unknown,
): unknown {
  if (applicationId !== state.world.applicationId) throw new HttpError(403, 50001, 'Missing Access');
  if (guildId !== undefined && guildId !== state.world.guildId) throw new HttpError(403, 50001, 'Missing Access');
  const problems = checkCommands(body);
  if (problems.length > 0) throw new HttpError(400, 50035, 'Invalid Form Body', problems);
  const commands = body as Json[];
  state.registrations.push({ scope: guildId ? 'guild' : 'global', path: route, body: commands });
  return commands.map((command) => ({
    ...command,
    id: createSnowflake(),
    application_id: applicationId,
    guild_id: guildId,
    version: createSnowflake(),
    type: command.type ?? 1,
  }));
}
