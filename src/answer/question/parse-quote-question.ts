/**
 * What a /quote question asks for: a speaker, a topic, or both, from the ways people type it
 * ("what did X say about Y", "X on Y", "quotes from X", "X's comments on Y", a name, a topic).
 */
export interface QuoteQuestion {
  /** Who is asked about: a name, a role ("the interior minister") or an organisation; null for a topic alone. */
  speaker: string | null;
  topic: string | null;
  /** True when the wording says which part is the speaker; false when it is a guess ("X on Y", a bare phrase). */
  explicit: boolean;
}

const VERBS =
  'say|said|saying|says|tell|told|think|thought|comment|commented|write|wrote|written|mean|meant|claim|claimed|' +
  'argue|argued|warn|warned|add|added|predict|predicted|announce|announced|reply|replied|respond|responded|' +
  'insist|insisted|admit|admitted|state|stated|declare|declared|promise|promised|suggest|suggested|' +
  'recommend|recommended|report|reported|have to say|has to say|had to say';
const AUXILIARIES = 'did|does|do|has|have|had|is|was|were|will|would';
const ABOUT =
  'about|on|of|regarding|concerning|over|to|in|in response to|after|at|during|when|before|following|ahead of';

const PATTERNS: Array<{ pattern: RegExp; speaker: number; topic: number }> = [
  // "what did the minister say about the talks", "how did X respond to Y"
  {
    pattern: new RegExp(
      `^(?:what|how)\\s+(?:${AUXILIARIES})\\s+(.+?)\\s+(?:${VERBS})\\b(?:\\s+(?:${ABOUT})\\s+(.+))?$`,
      'i',
    ),
    speaker: 1,
    topic: 2,
  },
  // "what did X tell the court", "what did X tell reporters about Y": whom they told is no topic.
  {
    pattern: new RegExp(
      `^(?:what|how)\\s+(?:${AUXILIARIES})\\s+(.+?)\\s+(?:tell|told)\\s+\\S+(?:\\s+\\S+){0,4}?(?:\\s+(?:about|on|regarding|concerning)\\s+(.+))?$`,
      'i',
    ),
    speaker: 1,
    topic: 2,
  },
  // "what X said about Y"
  {
    pattern: new RegExp(`^what\\s+(.+?)\\s+(?:${VERBS})\\b(?:\\s+(?:${ABOUT})\\s+(.+))?$`, 'i'),
    speaker: 1,
    topic: 2,
  },
  // "quotes from X about Y", "comments by X"
  {
    pattern: new RegExp(
      `^(?:quotes?|quotations?|statements?|comments?|remarks?|words?)\\s+(?:from|by|of)\\s+(.+?)(?:\\s+(?:${ABOUT})\\s+(.+))?$`,
      'i',
    ),
    speaker: 1,
    topic: 2,
  },
  // "X's comments on Y", "X's view of Y"
  {
    pattern: new RegExp(
      `^(.+?)(?:'s|\u2019s)\\s+(?:comments?|remarks?|statements?|views?|words?|quotes?|quotations?|position)(?:\\s+(?:${ABOUT})\\s+(.+))?$`,
      'i',
    ),
    speaker: 1,
    topic: 2,
  },
];

/** "what was said about Y", "quotes about Y": a topic with no speaker. */
const TOPIC_ONLY = new RegExp(
  `^(?:what\\s+(?:was|has\\s+been|is\\s+being)\\s+(?:said|written)|(?:quotes?|quotations?|comments?|remarks?))\\s+(?:${ABOUT})\\s+(.+)$`,
  'i',
);

/** The split a bare "X on Y" suggests; the caller keeps it only when X names a speaker. */
const LOOSE_SPLIT = /^(.+?)\s+(?:on|about|regarding|concerning)\s+(.+)$/i;

export function parseQuoteQuestion(question: string): QuoteQuestion {
  const text = question
    .trim()
    .replace(/[?!.]+$/, '')
    .trim();
  const topicOnly = TOPIC_ONLY.exec(text);
  if (topicOnly) return { speaker: null, topic: clean(topicOnly[1]), explicit: true };
  for (const { pattern, speaker, topic } of PATTERNS) {
    const match = pattern.exec(text);
    if (match && clean(match[speaker])) {
      return { speaker: clean(match[speaker]), topic: clean(match[topic]), explicit: true };
    }
  }
  return { speaker: text, topic: null, explicit: false };
}

/** For a question that named no part: the speaker and topic a bare "X on Y" would be. */
export function splitLoosely(question: string): { speaker: string; topic: string } | null {
  const match = LOOSE_SPLIT.exec(question.trim());
  return match ? { speaker: match[1]!.trim(), topic: match[2]!.trim() } : null;
}

function clean(part: string | undefined): string | null {
  const text = (part ?? '').trim().replace(/^["'\u201c\u2018]+|["'\u201d\u2019]+$/g, '');
  return text.length > 0 ? text : null;
}
