import type { AutocompleteInteraction, ChatInputCommandInteraction } from 'discord.js';
import { isPlausibleArticleId } from '../src/corpus/article-id.js';
import { privateOption } from '../src/discord/answer-question.js';
import type { CommandContext } from '../src/discord/command-module.js';
import { renderArticle, renderUnknownArticle } from '../src/discord/render/article-page.js';
import { sendReply } from '../src/discord/reply.js';
import { helpFor, slashCommandFor, suggestionKinds } from '../src/discord/slash-command.js';
import { respondWithSuggestions } from '../src/discord/suggest-options.js';

export const data = slashCommandFor('article').addBooleanOption((option) =>
  option.setName(privateOption.name).setDescription(privateOption.description),
);

export const help = helpFor('article');
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
  const article = isPlausibleArticleId(id) ? await context.service.article(id) : undefined;
  if (!article) {
    context.logger.info({ userId: interaction.user.id, idLength: id.length }, 'article id refused');
    await sendReply(interaction, renderUnknownArticle(id), { ephemeral: true });
    return;
  }
  await sendReply(interaction, renderArticle(article, await context.service.peopleIn(article.id)), { ephemeral });
}

export async function autocomplete(interaction: AutocompleteInteraction, context: CommandContext): Promise<void> {
  await respondWithSuggestions(interaction, context.service, suggestionKinds('article'));
}
