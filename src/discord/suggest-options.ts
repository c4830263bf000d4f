import type { AutocompleteInteraction } from 'discord.js';
import type { BriefingService, Suggestion, SuggestionKind } from '../service/briefing-service.js';
import { discordLimits } from './render/limits.js';
import { truncate } from './render/text.js';

export type { SuggestionKind } from '../service/briefing-service.js';

/** Suggestions as Discord accepts them: at most 25, names 1-100 characters, values at most 100. */
export function toChoices(suggestions: readonly Suggestion[]): Array<{ name: string; value: string }> {
  const seen = new Set<string>();
  const choices: Array<{ name: string; value: string }> = [];
  for (const suggestion of suggestions) {
    // A value cut short would no longer name the person or article, so it is left out instead.
    if (suggestion.value.length === 0 || suggestion.value.length > discordLimits.choiceValue) continue;
    const name = truncate(suggestion.label.replace(/\s+/g, ' ').trim() || suggestion.value, discordLimits.choiceName);
    // Namesakes share a value and differ by label (their role), so both stay.
    const key = `${name}\u0000${suggestion.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    choices.push({ name, value: suggestion.value });
    if (choices.length === discordLimits.choices) break;
  }
  return choices;
}

/** Answers autocomplete for the focused option from the core's suggestions, best first. */
export async function respondWithSuggestions(
  interaction: AutocompleteInteraction,
  service: BriefingService,
  kinds: Record<string, SuggestionKind>,
): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const kind = kinds[focused.name];
  const suggestions = kind ? await service.suggest(kind, String(focused.value), discordLimits.choices) : [];
  await interaction.respond(toChoices(suggestions));
}
