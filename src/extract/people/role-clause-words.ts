/** The words that bound a role read after a name: where it starts, what ends it, what is no post. */

export const LEAD_INS =
  /^(?:(?:who|which)\s+(?:serves|served|is|was|has been|had been|became|acts|works)\s+as\s+|(?:who|which)\s+(?:is|was|has been|had been)\s+|now\s+|currently\s+|also\s+|himself\s+|herself\s+|then\s+|formerly\s+|(?:newly|recently)\s+(?:elected|appointed|named|installed)\s+)*(?:(?:a|an|the|its|their)\s+)?/i;
export const MAX_ROLE_WORDS = 22;
export const CLAUSE_VERBS = new Set([
  'be',
  'been',
  'being',
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'must',
  'can',
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'did',
  'does',
]);
export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whose', 'whom', 'where']);
export const TRAILING_GLUE = new Set([
  'at',
  'of',
  'in',
  'for',
  'with',
  'and',
  'the',
  'a',
  'an',
  'to',
  'on',
  'from',
  'by',
  // "Lloyds' general manager here": the place of the dateline, no part of the post.
  'here',
]);

export const PLAYED_AS =
  /\s(?:stars?|starred|starring|plays?|played|playing|portrays?|portrayed|appears?|appeared|cast|dressed|disguised|posed?|posing|masquerad\w+|known|described|regarded|seen|branded|dubbed|hailed|billed|remembered)\s+as\s+$/;
export const CLAUSE_CONJUNCTIONS = new Set([
  'but',
  'yet',
  'although',
  'though',
  'because',
  'when',
  'whenever',
  'while',
  'whilst',
  'whereas',
  'if',
  'unless',
  'since',
]);

export const OPINION_WORDS = new Set(
  'good great bad fine brilliant fantastic terrible wonderful excellent superb decent poor better best worst real true capable talented gifted useful outstanding exceptional solid reliable'.split(
    ' ',
  ),
);

export const OPENING_PREPOSITIONS = new Set([
  'in',
  'at',
  'after',
  'before',
  'during',
  'from',
  'on',
  'since',
  'with',
  'for',
]);

export const NAMING_PARTICIPLES = new Set(['called', 'named', 'renamed', 'dubbed', 'titled']);

/** "who works in the water quality department": a unit a person works in, named in lower case. */
export const WORKS_IN_UNIT =
  /^who\s+(?:works|worked|work)\s+(?:in|at|for)\s+(?:the|its|a)\s+((?:[\p{Ll}-]+\s+){1,4}(?:department|division|unit|section|laboratory|lab|team|office|bureau))\b/u;

/** "who was the first woman to be": what follows is a post, held first or alone. */
export const FIRST_TO_HOLD =
  /^who\s+(?:was|is|became|had\s+been|has\s+been)\s+the\s+(?:first|second|last|only|youngest|oldest)\s+(?:[\p{Ll}-]+\s+){0,2}?to\s+(?:be|become|serve\s+as|be\s+named|be\s+appointed)\s+(?:the\s+|a\s+|an\s+)?(?=\p{L})/u;
