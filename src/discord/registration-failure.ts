import { DiscordAPIError, HTTPError, REST, Routes } from 'discord.js';

/** What `npm run deploy` was doing when it failed: enough to say which setting is wrong. */
export interface RegistrationTarget {
  token: string;
  apiBase: string;
  clientId: string;
  guildId: string | null;
}

const unauthorized = 401;
// Missing Access, "not authorized to perform this action on this application", Unknown Application.
const accessCodes = new Set([50001, 20012, 10002]);
const unknownGuild = 10004;
const invalidFormBody = 50035;

function inviteUrl(clientId: string): string {
  return `https://discord.com/oauth2/authorize?client_id=${clientId}&scope=bot+applications.commands&permissions=84992`;
}

/** The application the token belongs to, or null when Discord cannot be asked. */
async function applicationOfToken(target: RegistrationTarget): Promise<string | null> {
  try {
    const rest = new REST({ api: target.apiBase, retries: 0, timeout: 5_000 }).setToken(target.token);
    const application = (await rest.get(Routes.currentApplication())) as { id?: unknown };
    return typeof application.id === 'string' ? application.id : null;
  } catch {
    return null;
  }
}

function networkCode(error: unknown): string | null {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && /^[A-Z_]+$/.test(code)) return code;
    if (cause.name === 'AbortError' || cause.name === 'TimeoutError') return 'no answer in time';
  }
  return null;
}

async function explainAccess(target: RegistrationTarget, code: number | string): Promise<string> {
  const refusal = `Discord refused the registration (${code} Missing Access)`;
  const owner = await applicationOfToken(target);
  if (owner !== null && owner !== target.clientId) {
    return `DISCORD_CLIENT_ID ${target.clientId} is not the application of this DISCORD_TOKEN, which belongs to application ${owner}: set DISCORD_CLIENT_ID=${owner}.`;
  }
  if (target.guildId && owner === target.clientId) {
    return `${refusal}: the bot is not in the server DISCORD_GUILD_ID ${target.guildId}, or was invited without the applications.commands scope. Invite it with ${inviteUrl(target.clientId)}`;
  }
  if (target.guildId) {
    return `${refusal}: DISCORD_CLIENT_ID ${target.clientId} is not this token's application, or the bot is not in the server DISCORD_GUILD_ID ${target.guildId}.`;
  }
  return `${refusal}: DISCORD_CLIENT_ID ${target.clientId} is not this token's application (the Application ID on its General Information page).`;
}

/**
 * One line saying what is wrong when registering the commands failed, and which setting to
 * change: a rejected token, a client id of another application, a server the bot is not in.
 * Never the token, the stack or the request body.
 */
export async function explainRegistrationFailure(error: unknown, target: RegistrationTarget): Promise<string> {
  if (error instanceof DiscordAPIError) {
    if (error.status === unauthorized) {
      return 'Discord rejected DISCORD_TOKEN (401 Unauthorized): copy it again from the Bot tab of the Developer Portal (Reset Token makes a new one).';
    }
    if (typeof error.code === 'number' && accessCodes.has(error.code)) return explainAccess(target, error.code);
    if (error.code === unknownGuild) {
      return `Discord knows no server with the id DISCORD_GUILD_ID ${target.guildId} (10004 Unknown Guild): copy the server id again (Developer Mode on, right-click the server, Copy Server ID).`;
    }
    if (error.code === invalidFormBody) {
      const detail = error.message.split('\n').slice(1).find(Boolean) ?? error.message;
      return `Discord refused a command definition in commands/ (50035 Invalid Form Body): ${detail}`;
    }
    return `Discord refused the registration (${error.status}, code ${error.code}: ${error.message.split('\n')[0]}).`;
  }
  if (error instanceof HTTPError) {
    return `Discord answered ${error.status} ${error.message}; try again in a moment (https://discordstatus.com).`;
  }
  const code = networkCode(error);
  if (code) return `Could not reach Discord at ${target.apiBase} (${code}): check the network and DISCORD_API_BASE.`;
  return `Registering the commands failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
}
