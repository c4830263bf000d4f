import { Client, Events, GatewayIntentBits, MessageFlags } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../support/fake-discord/fake-discord.js';
import { bodiesThatCouldPing, replyText, type InteractionRecord } from '../support/fake-discord/interaction-record.js';
import { commandPayload, createUser, toOptions } from '../support/fake-discord/payloads.js';

describe('fake Discord', () => {
  let fake: FakeDiscord;
  let client: Client;
  afterEach(async () => {
    await client?.destroy();
    await fake?.stop();
  });

  it('serves a real discord.js client: login, dispatch, reply, and rejects a second acknowledgement', async () => {
    fake = await new FakeDiscord().start();
    client = new Client({
      intents: [GatewayIntentBits.Guilds],
      rest: { api: fake.apiBase },
      allowedMentions: { parse: [] },
    });
    const errors: unknown[] = [];
    client.on(Events.InteractionCreate, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply({
        content: `hi ${interaction.options.getString('name')}`,
        flags: MessageFlags.Ephemeral,
      });
      await interaction.client.rest
        .post(`/interactions/${interaction.id}/${interaction.token}/callback`, { body: { type: 5 }, auth: false })
        .catch((error: unknown) => errors.push(error));
    });
    const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
    await client.login(fake.token);
    await ready;
    const record = fake.dispatchInteraction(
      commandPayload(fake.world, createUser('ana'), 'who', toOptions({ name: 'x' })),
    );
    await fake.waitFor(record);
    expect(replyText(record)).toBe('hi x');
    await fake.waitUntil(() => errors.length > 0);
    expect(String((errors[0] as { code?: number }).code)).toBe('40060');
  });

  it('flags message bodies sent without a mention guard', () => {
    const record = (data: Record<string, unknown>): InteractionRecord => ({
      id: '1',
      token: 't',
      type: 2,
      payload: {},
      dispatchedAt: 0,
      edits: [],
      followUps: [],
      rejections: [],
      acknowledgement: { type: 4, afterMs: 1, body: { type: 4, data } },
    });
    expect(bodiesThatCouldPing([record({ content: '@everyone' })])).toEqual(['1: callback 4']);
    expect(bodiesThatCouldPing([record({ content: 'hi', allowed_mentions: { parse: [] } })])).toEqual([]);
  });
});
