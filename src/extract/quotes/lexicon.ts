/**
 * Word lists the attribution rules read. Kept apart from the rules so a new verb or noun is a
 * one-line change, not a new pattern.
 */

// Verbs that introduce or close reported speech in news copy. Base forms that are as often nouns
// ("a three-monthly report", "the note") are left out: they would turn a noun phrase into a verb.
const SPEECH_VERB_STEMS = [
  'say', 'said', 'says', 'saying', 'tell', 'told', 'tells', 'telling', 'added', 'adds', 'adding',
  'stated', 'stressed', 'stresses', 'warn', 'warned', 'warns', 'warning',
  'noted', 'noting', 'explain', 'explained', 'explains', 'ask', 'asked', 'asks',
  'declare', 'declared', 'declares', 'insist', 'insisted', 'insists', 'argue', 'argued', 'argues',
  'commented', 'remarked', 'continue', 'continued', 'continues', 'conclude',
  'concluded', 'replied', 'responded', 'announced', 'acknowledge',
  'acknowledged', 'admit', 'admitted', 'admits', 'observed', 'emphasize', 'emphasized',
  'emphasise', 'emphasised', 'underlined', 'recall', 'recalled', 'recalls', 'wrote',
  'writes', 'reported', 'predicted', 'complained', 'urge',
  'urged', 'agree', 'agreed', 'claimed', 'suggest', 'suggested', 'suggests',
  'highlighted', 'cautioned', 'conceded', 'confirmed',
  'maintained', 'contended', 'vowed', 'promised', 'describe',
  'described', 'describes', 'quoted', 'quoting', 'cited', 'assert', 'asserted',
  'affirm', 'affirmed', 'reiterate', 'reiterated', 'recounted', 'boasted',
  'joked', 'quipped', 'predicts', 'estimated', 'announces', 'disclosed',
  'indicated', 'mentioned', 'pointed', 'went', 'goes', 'wondered', 'charged', 'countered', 'retorted',
  'exclaimed', 'shouted', 'pleaded', 'demanded', 'proclaimed', 'testified',
];

export const SPEECH_VERBS: ReadonlySet<string> = new Set(SPEECH_VERB_STEMS);

/** Verbs that need a particle to mean speech ("pointed out", "went on to say"). */
export const PARTICLE_VERBS: ReadonlyMap<string, RegExp> = new Map([
  ['pointed', /^\s+out\b/i],
  ['went', /^\s+on\s+to\s+(say|add|note|explain|stress|warn)\b/i],
  ['goes', /^\s+on\s+to\s+(say|add|note|explain|stress|warn)\b/i],
]);

/** Nouns whose quoted words belong to a text rather than a person. */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'report', 'reports', 'statement', 'statements', 'communique', 'letter', 'document', 'study', 'survey',
  'filing', 'announcement', 'release', 'newspaper', 'paper', 'daily', 'weekly', 'magazine', 'journal',
  'editorial', 'commentary', 'article', 'memo', 'memorandum', 'prospectus', 'circular', 'notice',
  'bulletin', 'broadcast', 'television', 'radio', 'website', 'guidance', 'review', 'analysis', 'note',
  'proposal', 'bill', 'draft', 'resolution', 'decree', 'message', 'text', 'poll', 'research', 'book',
  'transcript', 'tv',
]);

/** Nouns naming an institution that can be the subject of "said". */
export const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set([
  'agency', 'company', 'firm', 'bank', 'group', 'ministry', 'department', 'government', 'union', 'committee',
  'board', 'council', 'commission', 'organization', 'organisation', 'administration', 'office', 'party',
  'corporation', 'corp', 'inc', 'ltd', 'plc', 'authority', 'authorities', 'institute', 'association',
  'federation', 'exchange', 'club', 'team', 'court', 'army', 'police', 'embassy', 'cabinet', 'parliament',
  'congress', 'senate', 'utility', 'airline', 'carrier', 'maker', 'producer', 'unit', 'subsidiary',
  'lender', 'insurer', 'bureau', 'service', 'fund', 'trust', 'secretariat', 'spokesmen', 'officials',
  'sources', 'analysts', 'traders', 'dealers', 'economists', 'bankers', 'diplomats', 'executives',
  'workers', 'people', 'residents', 'agencies', 'companies', 'banks', 'ministries', 'governments',
  'news', 'tass', 'reuters', 'xinhua', 'irna', 'kyodo', 'afp', 'ap', 'bbc',
]);

/** Determiners that make a description anaphoric ("the minister") or anonymous ("a banker"). */
export const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'his', 'her', 'its']);
export const INDEFINITE_DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'one', 'another', 'some', 'several', 'two', 'three', 'many', 'other', 'most',
]);

export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
export const THING_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they']);

/** Titles that precede a name and are not part of it. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'lord', 'lady', 'dame', 'prof', 'professor', 'rev', 'president',
  'minister', 'premier', 'chancellor', 'senator', 'sen', 'rep', 'gov', 'governor', 'general', 'gen', 'col',
  'colonel', 'captain', 'capt', 'judge', 'justice', 'king', 'queen', 'prince', 'princess', 'pope',
  'ayatollah', 'sheikh', 'chairman', 'secretary', 'ambassador', 'mayor', 'commissioner', 'director',
  'brigadier', 'major', 'lieutenant', 'admiral', 'coach', 'manager', 'chief', 'deputy', 'vice', 'prime',
  'foreign', 'finance', 'defence', 'defense', 'interior', 'trade', 'economy', 'oil', 'agriculture',
]);

/** Prepositions after which a name is an object, not the subject who speaks. */
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'with', 'to', 'by', 'of', 'for', 'from', 'about', 'against', 'on', 'at', 'than', 'like', 'counterpart',
  'meeting', 'met', 'visiting', 'and', 'between', 'under', 'via', 'toward', 'towards', 'into', 'over',
]);

/** Words of a description that carry no role meaning. */
export const DESCRIPTION_STOPWORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'in', 'for', 'and', 'at', 'on', 'to', 'one', 'his', 'her', 'its', 'this', 'that',
  'another', 'who', 'with', 'from', 'by', 'also', 'later', 'then', 'earlier', 'further', 'again', 'top',
]);

/** Heads so general that "the official" can only mean the person the story is about. */
export const GENERIC_PERSON_HEADS: ReadonlySet<string> = new Set([
  'official', 'executive', 'leader', 'politician', 'diplomat', 'figure', 'man', 'woman', 'veteran', 'statesman',
  'old', // "the 30-year-old"
]);
