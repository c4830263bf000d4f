import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { isPlausibleArticleId } from '../src/corpus/article-id.js';
import { privateOption } from '../src/discord/answer-question.js';
import type { CommandContext } from '../src/discord/command-module.js';
import { renderArticle, renderUnknownArticle } from '../src/discord/render/article-page.js';
import { sendReply } from '../src/discord/reply.js';
import { respondWithSuggestions } from '../src/discord/suggest-options.js';

export const data = new SlashCommandBuilder()
  .setName('article')
  .setDescription('One article: title, source, date, link, first paragraph and the people in it')
  .addStringOption((option) =>
    option
      .setName('id')
      .setDescription('Start typing a title and pick the article')
      .setRequired(true)
      .setMaxLength(100)
      .setAutocomplete(true),
  )
  .addBooleanOption((option) => option.setName(privateOption.name).setDescription(privateOption.description));

export const help = { example: '/article id:(start typing a title)' };
export const rateLimited = true;

/**
 * Ids are paths under the corpus folder; one that climbs out of it, is absolute or holds
 * control characters is refused before the core is asked (which never reads the disk for it).
 * The loader gives every article an id that passes, so what autocomplete offers is accepted.
 */
export { isPlausibleArticleId };

export async function execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void> {
  const id = interaction.options.getString('id', true).trim();
  const ephemeral = interaction.options.getBoolean(privateOption.name) ?? false;
  const article = isPlausibleArticleId(id) ? context.service.article(id) : undefined;
  if (!article) {
    context.logger.info({ userId: interaction.user.id, idLength: id.length }, 'article id refused');
    await sendReply(interaction, renderUnknownArticle(id), { ephemeral: true });
    return;
  }
  await sendReply(interaction, renderArticle(article, context.service.peopleIn(article.id)), { ephemeral });
}

export async function autocomplete(interaction: AutocompleteInteraction, context: CommandContext): Promise<void> {
  await respondWithSuggestions(interaction, context.service, { id: 'article' });
}
