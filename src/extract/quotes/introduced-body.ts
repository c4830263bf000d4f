import { escapePattern } from '../../text/escape-pattern.js';
import { isRoleNoun } from '../people/role-nouns.js';
import type { Position, QuoteContext, Speaker } from './quote-context.js';

const BARE_THING = /^the\s+(\p{Ll}{3,})$/iu;
const PARAGRAPHS_BACK = 6;

/**
 * '"The club, which has posted losses, said"' after "German football club Borussia Dortmund":
 * the body the story's lead introduces by that same noun before its name. Only the lead's: a
 * body brought in later ("Rival local club Manchester City") is seldom the one the story is
 * about. Two such bodies, or a noun for a person, leave the words as written.
 */
export function findIntroducedBody(context: QuoteContext, description: string, position: Position): Speaker | null {
  const head = BARE_THING.exec(description.trim())?.[1]?.toLowerCase();
  if (!head || isRoleNoun(head)) return null;
  const introduced = new RegExp(
    `(?<![\\p{L}-])${escapePattern(head)}\\s+(\\p{Lu}[\\p{L}&'.-]*(?:\\s+\\p{Lu}[\\p{L}&'.-]*){0,3})`,
    'gu',
  );
  // The lead: the first paragraph of prose, past a headline or a byline.
  const lead = context.paragraphs.findIndex((paragraph) => /[.!?]["\u201d]?\s*$/.test(paragraph));
  if (lead < 0 || lead > position.paragraph || position.paragraph - lead > PARAGRAPHS_BACK) return null;
  const text = context.paragraphs[lead]!;
  const end = lead === position.paragraph ? position.offset : text.length;
  const names = new Set<string>();
  for (const match of text.slice(0, end).matchAll(introduced)) {
    if (!context.isQuoted(lead, match.index)) names.add(nameAsWritten(match[1]!));
  }
  if (names.size !== 1) return null;
  const [name] = names;
  // A person of the article is no body ("the club's Arsene Wenger").
  return context.people.some((person) => person.variants.includes(name!))
    ? null
    : { name: name!, kind: 'organization' };
}

/** The name without a possessive or the full stop of its sentence ("Mobile PC."); "Acme Inc." keeps its. */
function nameAsWritten(run: string): string {
  const name = run.replace(/['\u2019]s?$/, '');
  return /\.$/.test(name) && !/\b(?:Inc|Co|Corp|Ltd|Bros)\.$/.test(name) ? name.slice(0, -1) : name;
}
