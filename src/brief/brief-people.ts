import { citeArticle } from '../answer/citation.js';
import type { Citation } from '../answer/types.js';
import type { PersonRecord } from '../extract/types.js';
import type { Knowledge } from '../knowledge/knowledge.js';
import { personNumber, type Story, type Subject } from './select-stories.js';
import type { BriefPerson } from './types.js';

const rolesShown = 3;

/**
 * The sentence in a story and each copy that carries it: one citation a copy, the copy the
 * facts were read from first, so a syndicated sentence names every source.
 */
export function citeStory(story: Story, sentence: string): Citation[] {
  const citations = [citeArticle(story.article, sentence)];
  for (const copy of story.copies) {
    if (copy === story.article) continue;
    if (copy.paragraphs.some((paragraph) => paragraph.includes(sentence))) citations.push(citeArticle(copy, sentence));
  }
  return citations;
}

/** A person's roles as /who lists them: each once, ignoring case, the most stated first. */
export function statedRoles(record: PersonRecord, limit = rolesShown): string[] {
  const counts = new Map<string, { text: string; count: number }>();
  for (const { role } of record.roles) {
    const key = role.toLowerCase().replace(/’/g, "'");
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { text: role, count: 1 });
  }
  return [...counts.values()]
    .sort((left, right) => right.count - left.count)
    .slice(0, limit)
    .map((entry) => entry.text);
}

/**
 * Who's who: the people the stories name, the person of a person brief first, then those named
 * in the paragraphs about the subject in the most stories (for a topic, a story's other people
 * may have nothing to do with it), then in the most stories at all. Each comes with a sentence
 * stating a role, one about the subject first, else a sentence naming them.
 */
export function rankPeople(
  knowledge: Knowledge,
  subject: Subject,
  stories: readonly Story[],
  limit: number,
): BriefPerson[] {
  interface Row {
    stories: number;
    aboutSubject: number;
    mentions: number;
    citation: Citation | null;
    /** 3: a role stated about the subject; 2: a role; 1: named about the subject; 0: named. */
    citationRank: number;
  }
  const tally = new Map<number, Row>();
  for (const story of stories) {
    const counted = new Set<number>();
    const countedAbout = new Set<number>();
    for (const mention of story.extraction?.people ?? []) {
      const number = personNumber(knowledge, story.article.id, mention.name);
      if (number === undefined) continue;
      const row = tally.get(number) ?? { stories: 0, aboutSubject: 0, mentions: 0, citation: null, citationRank: -1 };
      if (!counted.has(number)) {
        counted.add(number);
        row.stories++;
      }
      const about = [...mention.mentions, ...mention.roles].some((place) => story.paragraphs.has(place.paragraph));
      if (about && !countedAbout.has(number)) {
        countedAbout.add(number);
        row.aboutSubject++;
      }
      row.mentions += Math.max(1, mention.mentions.length);
      const candidates = [
        ...mention.roles.map((place) => ({ place, rank: story.paragraphs.has(place.paragraph) ? 3 : 2 })),
        ...mention.mentions.map((place) => ({ place, rank: story.paragraphs.has(place.paragraph) ? 1 : 0 })),
      ];
      for (const { place, rank } of candidates) {
        if (rank <= row.citationRank) continue;
        row.citation = citeArticle(story.article, place.sentence);
        row.citationRank = rank;
      }
      tally.set(number, row);
    }
  }
  return [...tally.entries()]
    .filter(([number]) => knowledge.people.persons[number] !== undefined)
    .sort(
      ([leftNumber, left], [rightNumber, right]) =>
        Number(rightNumber === subject.person) - Number(leftNumber === subject.person) ||
        right.aboutSubject - left.aboutSubject ||
        right.stories - left.stories ||
        right.mentions - left.mentions ||
        leftNumber - rightNumber,
    )
    .slice(0, limit)
    .map(([number, row]) => {
      const record = knowledge.people.persons[number]!;
      return {
        name: record.name,
        roles: statedRoles(record),
        articles: record.articleIds.length,
        stories: row.stories,
        citation: row.citation,
      };
    });
}
