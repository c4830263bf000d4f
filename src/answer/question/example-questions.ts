import type { Knowledge } from '../../knowledge/knowledge.js';
import type { CommandName } from '../types.js';

const maxExampleWords = 8;

/** A headline's first clause (the part before a comma, colon or dash), at most a few words. */
function headlineClause(title: string): string {
  const clause = title.split(/\s*[,:;|\u2013\u2014]\s*|\s+-\s+/)[0] ?? title;
  const words = clause.split(/\s+/).filter(Boolean);
  return (words.length >= 3 ? words : title.split(/\s+/).filter(Boolean)).slice(0, maxExampleWords).join(' ');
}

function lastWord(name: string): string {
  return name.split(/\s+/).filter(Boolean).at(-1) ?? name;
}

/** The person named in the most articles (then the most often): one every reader of the corpus meets. */
function mostNamedPerson(knowledge: Knowledge): string | null {
  let best: { name: string; articles: number; mentions: number } | null = null;
  for (const person of knowledge.people.persons) {
    const articles = person.articleIds.length;
    const better =
      !best ||
      articles > best.articles ||
      (articles === best.articles &&
        (person.mentionCount > best.mentions || (person.mentionCount === best.mentions && person.name < best.name)));
    if (better) best = { name: person.name, articles, mentions: person.mentionCount };
  }
  return best?.name ?? null;
}

/** The person quoted most often. */
function mostQuotedSpeaker(knowledge: Knowledge): string | null {
  const counts = new Map<string, number>();
  for (const extraction of knowledge.extractions.values()) {
    for (const quotation of extraction.quotations) {
      if (quotation.speakerKind === 'person') counts.set(quotation.speaker, (counts.get(quotation.speaker) ?? 0) + 1);
    }
  }
  let best: [string, number] | null = null;
  for (const entry of counts) {
    if (!best || entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0])) best = entry;
  }
  return best?.[0] ?? null;
}

/** The headline of the newest article with a dated event: what /when is asked about. */
function newestEventHeadline(knowledge: Knowledge): string | null {
  let best: { title: string; published: string } | null = null;
  for (const [id, extraction] of knowledge.extractions) {
    if (extraction.events.length === 0) continue;
    const article = knowledge.articles.get(id);
    if (!article?.published || !article.title.trim()) continue;
    if (!best || article.published > best.published) best = { title: article.title, published: article.published };
  }
  return best ? headlineClause(best.title) : null;
}

/**
 * A question of `command` that the loaded corpus can answer, to show someone who asked with no
 * words; null when the corpus names nobody (or holds nothing) for that command. Taken from the
 * corpus rather than written down, so it still works when the corpus is not the sample one.
 * It reads the whole corpus, which is fine on this path: only an empty question comes here.
 */
export function exampleQuestion(command: CommandName, knowledge: Knowledge): string | null {
  switch (command) {
    case 'who': {
      const person = mostNamedPerson(knowledge);
      return person ? `/who ${person}` : null;
    }
    case 'quote': {
      const speaker = mostQuotedSpeaker(knowledge);
      return speaker ? `/quote ${speaker}` : null;
    }
    case 'when': {
      const headline = newestEventHeadline(knowledge);
      return headline ? `/when ${headline}` : null;
    }
    case 'search': {
      const person = mostNamedPerson(knowledge);
      return person ? `/search ${lastWord(person)}` : null;
    }
  }
}
