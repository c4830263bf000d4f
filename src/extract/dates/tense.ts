/**
 * Whether a year-less date points back or forward from the publication date. News reports the
 * past, so a date is past unless the words nearest to it in its clause speak of the future.
 */
import { ANY_MONTH, WEEKDAY } from './vocabulary.js';

export type Direction = 'past' | 'future' | 'hedged-future' | 'unmarked';

// Words that put a date after the publication: modals, schedules, and present tenses of
// verbs that news uses for what is planned ("talks reopen on Tuesday").
const FUTURE_CUE = new Set([
  'will',
  "won't",
  'wo',
  'shall',
  'due',
  'scheduled',
  'plan',
  'plans',
  'planned',
  'planning',
  'intend',
  'intends',
  'upcoming',
  'forthcoming',
  'next',
  'payable',
  'record',
  'expire',
  'expires',
  'expiring',
  'deadline',
  'effective',
  'leaves',
  'arrives',
  'departs',
  'visits',
  'convene',
  'convenes',
  'reconvenes',
  'resume',
  'resumes',
  'reopen',
  'reopens',
  'opens',
  'closes',
  'ends',
  'start',
  'starts',
  'starting',
  'begin',
  'begins',
  'beginning',
  'going',
  'delivery',
  'deliveries',
  'shipment',
  'tomorrow',
]);
// Hedged or reported futures ("said it would"): they stop the search for a cue; a weekday then
// looks ahead, while a month or a day is left to distance.
const WEAK_FUTURE_CUE = new Set([
  'would',
  'could',
  'should',
  'might',
  'may',
  'likely',
  'expected',
  'expects',
  'expect',
  'anticipates',
  'anticipate',
  'hope',
  'hopes',
]);
const PAST_CUE = new Set([
  'was',
  'were',
  'had',
  'did',
  'said',
  'told',
  'began',
  'met',
  'went',
  'came',
  'took',
  'made',
  'held',
  'gave',
  'rose',
  'fell',
  'sold',
  'bought',
  'paid',
  'won',
  'lost',
  'left',
  'saw',
  'became',
  'found',
  'brought',
  'kept',
  'struck',
  'spoke',
  'wrote',
  'ran',
  'fled',
  'fought',
  'grew',
  'knew',
  'led',
  'sent',
  'spent',
  'stood',
  'shot',
  'quit',
  'ago',
  'yesterday',
  'earlier',
  'since',
]);
const REGULAR_PAST = /^[a-z]{3,}ed$/;
const REPORTING_VERBS = new Set(['said', 'told', 'added', 'stated', 'reported', 'announced']);
// "a target date of mid-September has been set": a target date is one still to come.
const FUTURE_PHRASE = /\b(?:is|are) to\b|\bset to\b|\btakes? effect\b|\bbe held\b|\btarget date\b/;
// Boundaries of the clause in which the nearest cue is looked for.
const CLAUSE_BREAK = /[;:\u2014\u2013\u201c\u201d"()]| - /;

// "rescheduled its meeting to Monday, May 11", "postponed until June": the new date lies ahead.
const RESCHEDULED_TO = /\b(?:re-?schedul|postpon|delay|defer|adjourn|extend|mov|push|brought forward)\w*\b.*$/i;

/** Direction for the expression at [start, end) of the sentence. */
export function directionAt(sentence: string, start: number, end: number): Direction {
  // "On Monday, a trade newsletter said the office will act": a day opening the sentence dates
  // its main verb, whatever the reported clause after it says.
  if (OPENING_LEAD.test(sentence.slice(0, start)) && OPENING_THEN_REPORT.test(sentence.slice(end))) return 'past';
  const { before, after } = clausesAround(sentence, start, end);
  if (FUTURE_PHRASE.test(before.slice(-50)) || FUTURE_PHRASE.test(after.slice(0, 25))) return 'future';
  if (/^(?:to|until|till)\s/i.test(sentence.slice(start, end)) && RESCHEDULED_TO.test(before)) return 'future';
  // At equal distance the words before the date win: "delivery in May ended at 99 cents".
  const cues = [...nearestCues(tokens(before).reverse(), 0), ...nearestCues(tokens(after), AFTER_COST)];
  // A word in -ed is a weaker cue than a modal or an auxiliary ("will redeem its convertible
  // preferred stock on April 15"): it counts only when no other cue stands in the clause.
  const strong = cues.filter((cue) => !cue.weak);
  const chosen = strong.length > 0 ? strong : cues;
  // Nearest cue wins: in "said on Tuesday it will pay", "said" dates the Tuesday; ties go to the past.
  chosen.sort((a, b) => a.cost - b.cost || rank(a.direction) - rank(b.direction));
  const best = chosen[0];
  // "details of the deal, initially announced in October, would not be given": a participle
  // nearer the date than the modal dates it, so the verb of the date is not the one hedged
  // ("would be outlined on Thursday" is the modal's own passive).
  if (best?.direction === 'hedged-future' && cues.some((cue) => cue.active && cue.cost < best.cost)) return 'unmarked';
  return best?.direction ?? 'unmarked';
}

const OPENING_LEAD = /^\s*(?:(?:early|late|earlier|later)\s+)?(?:on\s+)?$/i;
const OPENING_THEN_REPORT = /^,\s+(?:[\p{L}.'&-]+\s+){1,8}?(?:said|told|announced|reported|added|stated)\b/u;

// What "effective" takes when it dates a change: a time word, a preposition, a date.
const EFFECTIVE_COMPLEMENTS = new Set(
  `immediately today tomorrow tonight from on as at with upon in after when until beginning starting retroactive
  retroactively next this`.split(/\s+/),
);
const DATE_WORD = new RegExp(`^(?:${ANY_MONTH}|${WEEKDAY})$`, 'i');

function isEffectiveComplement(word: string): boolean {
  return EFFECTIVE_COMPLEMENTS.has(word) || DATE_WORD.test(word) || /^\d/.test(word);
}

function rank(direction: Direction): number {
  return direction === 'past' ? 0 : direction === 'hedged-future' ? 1 : 2;
}

interface Cue {
  direction: Direction;
  cost: number;
  /** A regular past form, which is as often an adjective ("preferred stock", "listed company"). */
  weak: boolean;
  /** A weak past form before the date, not after "be" ("would be outlined" is the modal's passive). */
  active?: boolean;
}

// A cue beyond a comma more likely belongs to another clause ("..., diplomatic sources said").
const COMMA_COST = 3;

const AFTER_COST = 0.5;

/** The nearest cue, and the nearest strong one when a weak one comes first. */
function nearestCues(tokensOutward: string[], startCost: number): Cue[] {
  let cost = startCost;
  const found: Cue[] = [];
  for (let index = 0; index < tokensOutward.length; index++) {
    const token = tokensOutward[index]!;
    if (token === ',') {
      cost += COMMA_COST;
      continue;
    }
    // "said" dates a day next to it ("said on Tuesday"); further off it only reports the clause
    // that holds the date ("will revise it by August, officials said").
    // "a cut announced by Shell Friday": a participle before "by" is the passive verb of the
    // clause that holds the date, a strong cue however far it stands.
    // Not "would be issued by", whose auxiliary carries the tense.
    const passive =
      startCost === 0 &&
      tokensOutward[index - 1] === 'by' &&
      REGULAR_PAST.test(token) &&
      !['be', 'been', 'being'].includes(tokensOutward[index + 1] ?? '');
    if (REPORTING_VERBS.has(token) && cost > startCost + 1 && !passive) {
      cost++;
      continue;
    }
    const wordBefore = startCost === 0 ? tokensOutward[index + 1] : tokensOutward[index - 1];
    const wordAfter = startCost === 0 ? tokensOutward[index - 1] : tokensOutward[index + 1];
    // "In January, housing starts fell": a present form run into a past verb is its subject, a noun.
    if (
      FUTURE_CUE.has(token) &&
      /s$/.test(token) &&
      wordAfter !== undefined &&
      (PAST_CUE.has(wordAfter) || REGULAR_PAST.test(wordAfter))
    ) {
      cost++;
      continue;
    }
    // "Effective net annualized compound yield on the bills is 9.19 pct": before a noun of its own
    // phrase "effective" is an adjective; only "effective May 1", "effective immediately" look ahead.
    if (token === 'effective' && wordAfter !== undefined && !isEffectiveComplement(wordAfter)) {
      cost++;
      continue;
    }
    const direction = cueOf(token, tokensOutward[index + 1], tokensOutward[index - 1], wordBefore);
    // "Ardenco has granted permits to avoid a shortage during the harvest fair in May": the present
    // perfect takes no stated past time, so a date in its clause belongs to some other word.
    if (direction === 'past' && PRESENT_PERFECT.has(wordBefore ?? '') && !PAST_CUE.has(token)) {
      cost++;
      continue;
    }
    if (direction) {
      const weak = direction === 'past' && !PAST_CUE.has(token) && REGULAR_PAST.test(token) && !passive;
      // Before the date only: after it a form in -ed is as often an adjective ("a proposed plan").
      const passiveAfterBe = ['be', 'been', 'being'].includes(wordBefore ?? '');
      found.push({ direction, cost, weak, active: weak && startCost === 0 && !passiveAfterBe });
      if (!weak) return found;
    }
    cost++;
  }
  return found.slice(0, 1);
}

function cueOf(
  word: string,
  next: string | undefined,
  previous: string | undefined,
  wordBefore: string | undefined,
): Direction | null {
  if (word.endsWith("'ll")) return 'future';
  // "closing is anticipated in August": foresight in the present passive looks ahead. Other
  // present passives do not ("the flag is raised at a rally on Thursday" captions a past day).
  if (FORESIGHT_PARTICIPLE.has(word) && PRESENT_BE.has(wordBefore ?? '')) return 'hedged-future';
  // "could have cost": a modal with a perfect looks back.
  if (MODAL.test(word) && (next === 'have' || previous === 'have')) return 'past';
  if (FUTURE_CUE.has(word)) return 'future';
  if (WEAK_FUTURE_CUE.has(word)) return 'hedged-future';
  if (PAST_CUE.has(word) || REGULAR_PAST.test(word)) return 'past';
  return null;
}

const PRESENT_PERFECT = new Set(['has', 'have', "'ve"]);
const MODAL = /^(?:would|could|should|might)$/;
const PRESENT_BE = new Set(['is', 'are', 'am']);
const FORESIGHT_PARTICIPLE = new Set([
  'anticipated',
  'expected',
  'projected',
  'forecast',
  'predicted',
  'envisaged',
  'foreseen',
  'slated',
  'targeted',
  'tipped',
]);

function tokens(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/\u2019/g, "'")
      .match(/[a-z]+(?:'[a-z]+)?|,/g) ?? []
  );
}

/**
 * The text from the last clause break before `start` to it, and from `end` to the first break
 * after it: what splitting the text before and after at every break gives, from the breaks of
 * the whole sentence (a date starts and ends with a word character, so no break straddles it).
 */
function clausesAround(sentence: string, start: number, end: number): { before: string; after: string } {
  const breaks = breaksOf(sentence);
  let low = 0;
  let high = breaks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (breaks[middle]![1] <= start) low = middle + 1;
    else high = middle;
  }
  const beforeStart = low > 0 ? breaks[low - 1]![1] : 0;
  high = breaks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (breaks[middle]![0] < end) low = middle + 1;
    else high = middle;
  }
  const afterEnd = low < breaks.length ? breaks[low]![0] : sentence.length;
  return { before: sentence.slice(beforeStart, start), after: sentence.slice(end, Math.max(end, afterEnd)) };
}

// The breaks of the sentence last asked about: its dates come one after another, and splitting
// the whole text before each of them made a long sentence full of dates quadratic.
let lastSentence: string | null = null;
let lastBreaks: Array<[start: number, end: number]> = [];
const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, 'g');

function breaksOf(sentence: string): ReadonlyArray<[number, number]> {
  if (sentence !== lastSentence) {
    lastSentence = sentence;
    lastBreaks = [...sentence.matchAll(CLAUSE_BREAKS)].map((match) => [match.index, match.index + match[0].length]);
  }
  return lastBreaks;
}
