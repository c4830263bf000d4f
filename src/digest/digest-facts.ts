import type { ArticleExtraction, PersonRecord } from '../extract/types.js';
import type { DigestEntry, DigestEvent, DigestKnowledge, DigestPerson, DigestQuotation } from './types.js';

/**
 * The people, quotations and events of a digest. Each story counts once, read from the first
 * of its copies that has an extraction, so a story syndicated five times does not make its
 * people look five times as important.
 */

export interface StoryFacts {
  entry: DigestEntry;
  extraction: ArticleExtraction;
}

export function storyFactsOf(entries: readonly DigestEntry[], knowledge: DigestKnowledge): StoryFacts[] {
  const facts: StoryFacts[] = [];
  for (const entry of entries) {
    for (const copy of entry.copies) {
      const extraction = knowledge.extractions.get(copy.articleId);
      if (extraction) {
        facts.push({ entry, extraction });
        break;
      }
    }
  }
  return facts;
}

function personRecordOf(knowledge: DigestKnowledge, articleId: string, name: string): PersonRecord | undefined {
  const index = knowledge.people.byArticleName[`${articleId}\u0000${name}`];
  return index === undefined ? undefined : knowledge.people.persons[index];
}

function mostFrequent(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount) [best, bestCount] = [value, count];
  }
  return best;
}

export function rankPeople(stories: readonly StoryFacts[], knowledge: DigestKnowledge, limit: number): DigestPerson[] {
  const tally = new Map<string, { stories: Set<string>; mentions: number; roles: string[]; record?: PersonRecord }>();
  for (const { entry, extraction } of stories) {
    for (const person of extraction.people) {
      const record = personRecordOf(knowledge, extraction.articleId, person.name);
      const name = record?.name ?? person.name;
      const row = tally.get(name) ?? { stories: new Set<string>(), mentions: 0, roles: [], record };
      row.stories.add(entry.articleId);
      row.mentions += Math.max(1, person.mentions.length);
      row.roles.push(...person.roles.map((role) => role.role));
      tally.set(name, row);
    }
  }
  return [...tally.entries()]
    .map(([name, row]) => ({
      name,
      role: mostFrequent(row.roles) ?? mostFrequent(row.record?.roles.map((role) => role.role) ?? []),
      stories: row.stories.size,
      mentions: row.mentions,
    }))
    .sort((a, b) => b.stories - a.stories || b.mentions - a.mentions || a.name.localeCompare(b.name))
    .slice(0, limit);
}

const speakerWeight = { person: 3, organization: 1, document: 0, unknown: 0 } as const;

export function pickQuotations(
  stories: readonly StoryFacts[],
  people: readonly DigestPerson[],
  knowledge: DigestKnowledge,
  limit: number,
): DigestQuotation[] {
  const prominent = new Set(people.map((person) => person.name));
  const candidates: Array<DigestQuotation & { score: number; order: number }> = [];
  stories.forEach(({ entry, extraction }, order) => {
    let best: (DigestQuotation & { score: number; order: number }) | undefined;
    for (const quotation of extraction.quotations) {
      const quote = quotation.quote.trim();
      if (quote.length < 20) continue;
      const speaker =
        quotation.speakerKind === 'person'
          ? (personRecordOf(knowledge, extraction.articleId, quotation.speaker)?.name ?? quotation.speaker)
          : quotation.speaker;
      const score =
        speakerWeight[quotation.speakerKind] +
        (prominent.has(speaker) ? 2 : 0) +
        (quote.length >= 40 && quote.length <= 300 ? 1 : 0);
      if (!best || score > best.score) {
        best = { quote, speaker, articleId: entry.articleId, title: entry.title, score, order };
      }
    }
    if (best) candidates.push(best);
  });
  return candidates
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ quote, speaker, articleId, title }) => ({ quote, speaker, articleId, title }));
}

function storyNames(extraction: ArticleExtraction, knowledge: DigestKnowledge): Set<string> {
  return new Set(
    extraction.people.map(
      (person) => personRecordOf(knowledge, extraction.articleId, person.name)?.name ?? person.name,
    ),
  );
}

/**
 * Dated events worth a line: one per sentence, long enough to say something (not a dateline),
 * ranked by whether the story involves the digest's prominent people, whether the date is a
 * day, and whether it is still ahead of the story (a meeting, a deadline). Shown newest first,
 * as the stories are; a date of a month or a year comes after the days within it.
 */
export function pickEvents(
  stories: readonly StoryFacts[],
  people: readonly DigestPerson[],
  knowledge: DigestKnowledge,
  limit: number,
): DigestEvent[] {
  const prominent = new Set(people.slice(0, 5).map((person) => person.name));
  const seen = new Set<string>();
  const candidates: Array<DigestEvent & { order: number; score: number }> = [];
  stories.forEach(({ entry, extraction }, order) => {
    const involvesProminent = [...storyNames(extraction, knowledge)].some((name) => prominent.has(name));
    for (const event of extraction.events) {
      const text = event.event.replace(/\s+/g, ' ').trim();
      if (!event.date || text.length < 40) continue;
      const key = text.toLowerCase().replace(/\W+/g, ' ');
      if (seen.has(key)) continue;
      seen.add(key);
      const ahead = entry.published !== null && event.date.length === 10 && event.date > entry.published;
      const score = (involvesProminent ? 2 : 0) + (event.date.length === 10 ? 1 : 0) + (ahead ? 1 : 0);
      candidates.push({
        date: event.date,
        dateText: event.dateText,
        event: text,
        articleId: entry.articleId,
        order,
        score,
      });
    }
  });
  return candidates
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : a.order - b.order))
    .map(({ date, dateText, event, articleId }) => ({ date, dateText, event, articleId }));
}
