/** `npm run deploy`: registers commands/ with Discord, to DISCORD_GUILD_ID when set, else globally. */
import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadConfig } from './config.js';
import { loadCommands } from './discord/load-commands.js';
import { registerCommands } from './discord/register-commands.js';
import { explainRegistrationFailure } from './discord/registration-failure.js';
import { createLogger } from './logger.js';

loadDotenv({ quiet: true });
let exitCode = 0;
try {
  const config = loadConfig(process.env, { purpose: 'deploy' });
  const discord = config.discord!;
  const logger = createLogger({ level: config.logLevel, secrets: [discord.token] });
  const target = {
    token: discord.token,
    apiBase: discord.apiBase,
    clientId: discord.clientId!,
    guildId: discord.guildId,
  };
  try {
    const registration = await registerCommands({ ...target, commands: await loadCommands() });
    logger.info({ scope: registration.scope, commands: registration.commands }, 'commands registered');
    if (registration.scope === 'global') {
      process.stderr.write(
        'Registered globally: Discord can take up to an hour to show changes. Set DISCORD_GUILD_ID to test on one server at once.\n',
      );
    }
  } catch (error) {
    // The whole error (stack, request body) only at LOG_LEVEL=debug; the admin reads one line.
    logger.debug({ err: error }, 'command registration failed');
    const line = await explainRegistrationFailure(error, target);
    process.stderr.write(`npm run deploy: ${line.split(discord.token).join('[token]')}\n`);
    exitCode = 1;
  }
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  exitCode = 1;
}
process.exitCode = exitCode;
