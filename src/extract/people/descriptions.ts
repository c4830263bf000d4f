import { isAffiliation } from './affiliations.js';
import type { TextLocation } from '../types.js';
import type { Description } from './name-candidates.js';
import type { PersonDraft } from './person-drafts.js';
import { namesOtherBody } from './role-bodies.js';
import { agreesButForRank, roleAgreement, roleWords } from './role-words.js';

export interface LocatedDescription extends TextLocation {
  ordinal: number;
  description: Description;
}

/** How far a description may sit from the name it describes, in sentences. */
const LOOK_BACK = 3;
const LOOK_AHEAD = 2;

/**
 * Links role descriptions that name nobody ("the foreign minister noted", "The secretary of
 * Iran's Supreme National Security Council decried") to a person of the article:
 * - to the person whose stated role agrees best (ties go to the one named most recently);
 * - else, for a specific description, to the only role-less person named in the nearest sentence
 *   before it (or just after it, for a lead that names the person later), which gives them the role.
 * A person named in the description's own sentence is never the one described: "the visiting
 * foreign minister briefed Shamkhani" is not about Shamkhani.
 */
export function linkDescriptions(
  persons: PersonDraft[],
  descriptions: LocatedDescription[],
  namedIn: PersonDraft[][],
): void {
  const firstNamed = namedIn.findIndex((named) => named.length > 0);
  for (const located of descriptions) {
    const sameSentence = new Set(namedIn[located.ordinal] ?? []);
    const agreeing = bestAgreeing(persons, located, sameSentence);
    if (agreeing) {
      addMention(agreeing.person, located);
      if (located.description.specific && agreeing.score >= 2 && !hasRole(agreeing.person, located.description.text)) {
        agreeing.person.roles.push({
          role: located.description.text,
          paragraph: located.paragraph,
          sentence: located.sentence,
        });
      }
      continue;
    }
    // "Dunmore's Omar Haddad could be out for six weeks. The striker, who is on loan from Kelford,
    // picked up the knock": the story's one person so far, described by the subject that opens the
    // next sentence.
    const lead =
      located.description.opens && !isInLonger(located, descriptions)
        ? leadPersonBefore(located, namedIn, sameSentence)
        : null;
    if (lead) {
      if (!hasRole(lead, located.description.text))
        lead.roles.push({ role: located.description.text, paragraph: located.paragraph, sentence: located.sentence });
      addMention(lead, located);
      continue;
    }
    if (!located.description.specific || !located.description.subject) continue;
    // A post someone holds at another rank ("Deputy Prime Minister") says the one described is
    // another holder, whom a nearby name need not be.
    if (persons.some((person) => person.roles.some((role) => agreesButForRank(located.description.text, role.role))))
      continue;
    const nearby = roleLessNearby(located, namedIn, sameSentence, firstNamed);
    if (!nearby) continue;
    nearby.roles.push({ role: located.description.text, paragraph: located.paragraph, sentence: located.sentence });
    addMention(nearby, located);
  }
}

function bestAgreeing(
  persons: PersonDraft[],
  located: LocatedDescription,
  excluded: Set<PersonDraft>,
): { person: PersonDraft; score: number } | null {
  let best: { person: PersonDraft; score: number; recency: number } | null = null;
  for (const person of persons) {
    if (excluded.has(person)) continue;
    const score = Math.max(
      0,
      ...person.roles.map((role) =>
        namesOtherBody(located.description.text, role.role) ? 0 : roleAgreement(located.description.text, role.role),
      ),
    );
    if (score === 0) continue;
    const recency = recencyOf(person, located.ordinal);
    if (!best || score > best.score || (score === best.score && recency > best.recency))
      best = { person, score, recency };
  }
  return best;
}

/** Larger for a person named just before the ordinal; named only after it ranks below all named before. */
function recencyOf(person: PersonDraft, ordinal: number): number {
  let recency = -Infinity;
  for (const mention of person.mentions) {
    const value = mention.ordinal <= ordinal ? mention.ordinal : -1000 - mention.ordinal;
    if (value > recency) recency = value;
  }
  return recency;
}

/**
 * Only two patterns are trusted, since a wrong role is worse than none: a described speaker
 * after a named one ("Hussein said ... the foreign minister noted"), and a description in the
 * lead before anyone is named ("The secretary of ... decried ... Ali Shamkhani denounced").
 */
function roleLessNearby(
  located: LocatedDescription,
  namedIn: PersonDraft[][],
  excluded: Set<PersonDraft>,
  firstNamed: number,
): PersonDraft | null {
  const { ordinal } = located;
  const backwards = located.description.speaks
    ? Array.from({ length: LOOK_BACK }, (_, step) => ordinal - step - 1)
    : [];
  const forwards = firstNamed > ordinal ? Array.from({ length: LOOK_AHEAD }, (_, step) => ordinal + step + 1) : [];
  for (const direction of [backwards, forwards]) {
    for (const index of direction) {
      const named = [...new Set(namedIn[index] ?? [])].filter((person) => !excluded.has(person));
      if (named.length === 0) continue;
      const roleLess = named.filter((person) => person.roles.every((role) => isAffiliation(role.role)));
      // The nearest sentence that names anyone decides: only one role-less person there may take the
      // role, and only when nobody else is named within reach ("Senator Dole spoke. Mrs Clinton
      // replied. '...,' the Kansas Republican said" may be either).
      if (roleLess.length !== 1) return null;
      if (direction === forwards) return roleLess[0]!;
      const others = direction
        .flatMap((other) => namedIn[other] ?? [])
        .filter((person) => person !== roleLess[0] && !excluded.has(person));
      return others.length === 0 ? roleLess[0]! : null;
    }
  }
  return null;
}

/** Of "veteran" and "veteran games developer" in one sentence, the shorter. */
function isInLonger(located: LocatedDescription, descriptions: readonly LocatedDescription[]): boolean {
  return descriptions.some(
    (other) =>
      other.ordinal === located.ordinal &&
      other.description.text.length > located.description.text.length &&
      other.description.text.includes(located.description.text),
  );
}

/** The one person, role-less, the sentence just before names, when no one else is named up to the description. */
function leadPersonBefore(
  located: LocatedDescription,
  namedIn: PersonDraft[][],
  excluded: Set<PersonDraft>,
): PersonDraft | null {
  if (excluded.size > 0) return null;
  const before = new Set(namedIn.slice(0, located.ordinal).flat());
  const previous = namedIn[located.ordinal - 1] ?? [];
  if (before.size !== 1 || previous.length === 0) return null;
  const [person] = before;
  return person!.roles.every((role) => isAffiliation(role.role)) ? person! : null;
}

function hasRole(person: PersonDraft, role: string): boolean {
  const words = roleWords(role).join(' ');
  return person.roles.some((existing) => roleWords(existing.role).join(' ') === words);
}

function addMention(person: PersonDraft, location: TextLocation & { ordinal: number }): void {
  if (!person.mentions.some((mention) => mention.ordinal === location.ordinal)) {
    person.mentions.push({ paragraph: location.paragraph, sentence: location.sentence, ordinal: location.ordinal });
  }
}
