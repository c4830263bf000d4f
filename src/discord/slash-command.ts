import { SlashCommandBuilder } from 'discord.js';
import { commandEntry, type SuggestionKind } from '../command-table/command-table.js';

/**
 * A slash command as the command table describes it: name, description and text options.
 * The command file adds what only Discord has (the private flag, channels, subcommands).
 */
export function slashCommandFor(name: string): SlashCommandBuilder {
  const entry = commandEntry(name);
  const builder = new SlashCommandBuilder().setName(entry.name).setDescription(entry.description);
  for (const option of entry.options) {
    builder.addStringOption((string) =>
      string
        .setName(option.name)
        .setDescription(option.description)
        .setRequired(option.required)
        .setMaxLength(option.maxLength)
        .setAutocomplete(option.suggest !== undefined)
        .addChoices(...(option.choices ?? []).map((choice) => ({ name: choice, value: choice }))),
    );
  }
  return builder;
}

/** Which options autocomplete from which suggestions, for respondWithSuggestions. */
export function suggestionKinds(name: string): Record<string, SuggestionKind> {
  return Object.fromEntries(
    commandEntry(name)
      .options.filter((option) => option.suggest !== undefined)
      .map((option) => [option.name, option.suggest!]),
  );
}

/** What /help shows as the command's example. */
export function helpFor(name: string): { example: string } {
  return { example: commandEntry(name).example };
}
