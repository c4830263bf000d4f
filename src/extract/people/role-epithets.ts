/**
 * Words that praise, blame or pity a person, not the post they hold: "the controversial
 * singer", "jailed former chief executive", "legendary guitarist". Kept in a role they make it
 * read as a judgement the bot repeats; the role without them is what the article states. A
 * passing mood is no part of a post either: "a delighted coach", "the under-pressure manager".
 * "former", "late" and "acting" stay: they say whether the post is held.
 */
const EPITHETS = new Set(
  `controversial legendary jailed disgraced embattled beleaguered celebrated renowned famous acclaimed
  outspoken flamboyant popular respected influential prominent high-profile much-loved well-known
  talented charismatic troubled colourful colorful veteran leading
  proud confident delighted relieved disappointed frustrated furious angry jubilant dejected upbeat
  bullish defiant emotional tearful happy unhappy under-pressure under-fire`.split(/\s+/),
);

/** The role without the epithets that open it: "controversial singer" -> "singer". */
export function withoutEpithets(role: string): string {
  let rest = role;
  for (;;) {
    const match = /^(\S+)\s+(?=\S)/.exec(rest);
    const word = match?.[1]?.toLowerCase();
    if (!match || word === undefined) return rest;
    if (EPITHETS.has(word)) rest = rest.slice(match[0].length);
    else if (word === 'high' && /^high\s+profile\s+\S/i.test(rest)) rest = rest.replace(/^high\s+profile\s+/i, '');
    else return rest;
  }
}
