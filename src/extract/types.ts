/**
 * What extraction finds in one article. Every position points into `Article.paragraphs`:
 * `paragraph` is the paragraph index, `sentence` is the exact sentence text (a substring of
 * that paragraph), so answers can cite the words that support them.
 */
export interface TextLocation {
  paragraph: number;
  /** Exact text of the supporting sentence (or clause) in that paragraph. */
  sentence: string;
}

/** A role or affiliation the article states for a person, with where it says so. */
export interface RoleMention extends TextLocation {
  /** As the article words it, e.g. "Iranian Defense Minister", "Brigadier General". */
  role: string;
}

/** A person found in one article, with the variants of their name linked together. */
export interface PersonMention {
  /** Longest full form of the name in this article, e.g. "Ali Shamkhani". */
  name: string;
  /** Every form used in the article, e.g. ["Ali Shamkhani", "Shamkhani"]. */
  variants: string[];
  roles: RoleMention[];
  /** Every place the person is named (or described, once linked). */
  mentions: TextLocation[];
}

/** A dated event: a temporal expression resolved against the publication date. */
export interface DatedEvent extends TextLocation {
  /** ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null when it cannot be resolved (no publication date). */
  date: string | null;
  /** The words that give the date, e.g. "on Saturday", "the summer of 2014". */
  dateText: string;
  /** The clause or sentence the expression belongs to. */
  event: string;
}

export type SpeakerKind = 'person' | 'organization' | 'document' | 'unknown';

export interface Quotation extends TextLocation {
  /** The quoted words without their quote marks. */
  quote: string;
  /** Canonical speaker: a person's full name within the article, or the agency/report quoted. */
  speaker: string;
  speakerKind: SpeakerKind;
  /** The passage that holds the quotation and its attribution (may span sentences). */
  passage: string;
}

/** Everything extracted from one article; computed once at index time and cached by content hash. */
export interface ArticleExtraction {
  articleId: string;
  people: PersonMention[];
  events: DatedEvent[];
  quotations: Quotation[];
}

/** A person across the whole corpus: the article-local mentions that the evidence links. */
export interface PersonRecord {
  /** Canonical full name, e.g. "Fuad Hussein" (also for articles that say only "Hussein"). */
  name: string;
  variants: string[];
  roles: Array<RoleMention & { articleId: string }>;
  articleIds: string[];
  /** Total mentions over all articles, for ranking namesakes. */
  mentionCount: number;
}

/**
 * Every person in the corpus, as plain data so it can be snapshotted. `byArticleName` maps
 * `${articleId}\u0000${name as the article uses it}` to an index in `persons`.
 */
export interface PeopleDirectory {
  persons: PersonRecord[];
  byArticleName: Record<string, number>;
  /** What relinking only the names a reload touches needs (absent: the next update links everything). */
  linking?: PeopleLinking;
}

/**
 * Bookkeeping of `linkPeople`, parallel to `persons`, so that `updatePeopleDirectory` relinks only
 * the surnames of changed articles. Names are linked by their last word (the surname); persons
 * are ordered by the mention that founded them (fuller names first, then corpus order).
 */
export interface PeopleLinking {
  /** Each person's surname. */
  surnames: string[];
  /** The article, the place in its people and the name's word count of each person's founding mention. */
  founderArticles: string[];
  founderPositions: number[];
  founderWordCounts: number[];
  /** Whether the person is the first of those sharing its full name (namesakes are adjacent). */
  runStarts: boolean[];
  /** How many `byArticleName` keys point to each person. */
  claimCounts: number[];
  /** Articles (sorted) where persons of different surnames share a name form: they are relinked together. */
  entangledArticles: string[];
}
