import type { Article } from '../corpus/article.js';
import type { Passage } from '../text/passages.js';
import { containsId } from './term-dictionary.js';

/**
 * The passage table as a snapshot stores it: columns of numbers, text as offsets into the
 * articles' paragraphs. An article's passages have consecutive ids (they are added together).
 */
export interface PassageTableSnapshot {
  nextId: number;
  /** The articles in the table, the first id of each one's passages and how many there are. */
  articleIds: string[];
  articleFirstIds: Int32Array;
  articleCounts: Int32Array;
  /** Per passage, in the articles' order: paragraph, position, start offset, end offset. */
  passageFields: Int32Array;
  /** Per passage, the end of its terms in `terms` (their start is the previous one's end). */
  termEnds: Int32Array;
  terms: Uint32Array;
}

const FIELDS = 4;
const DEAD = -1;

/**
 * Every passage as a row of numbers by id, its text a slice of its article's paragraph made
 * when asked. Held as objects (a map entry, the passage, its text and a typed array of terms
 * each) the 112,000 passages of Reuters took about 25 MB and as many objects for a start to
 * make; as columns they take 28 bytes and their terms. Ids of removed passages stay dead: a
 * reload that leaves too many rebuilds the index.
 */
export class PassageTable {
  private articleSlot: Int32Array = new Int32Array(0);
  private paragraph: Int32Array = new Int32Array(0);
  private position: Int32Array = new Int32Array(0);
  private start: Int32Array = new Int32Array(0);
  private end: Int32Array = new Int32Array(0);
  private termStart: Int32Array = new Int32Array(0);
  private termEnd: Int32Array = new Int32Array(0);
  private terms: Uint32Array = new Uint32Array(0);
  private termCount = 0;
  private nextId = 0;
  private live = 0;
  /** By slot, the article whose paragraphs hold the text; undefined once removed. */
  private readonly articles: Array<Article | undefined> = [];
  private readonly slotFirstIds: number[] = [];
  private readonly slotCounts: number[] = [];
  private readonly slots = new Map<string, number>();

  get size(): number {
    return this.live;
  }

  get idCount(): number {
    return this.nextId;
  }

  /** Adds an article's passages (its previous ones must be removed first); returns their first id. */
  add(article: Article, passages: ReadonlyArray<{ passage: Passage; terms: Uint32Array }>): number {
    const firstId = this.nextId;
    let termTotal = 0;
    for (const { terms } of passages) termTotal += terms.length;
    this.reserve(firstId + passages.length, this.termCount + termTotal);
    const slot = this.articles.push(article) - 1;
    this.slots.set(article.id, slot);
    this.slotFirstIds.push(firstId);
    this.slotCounts.push(passages.length);
    for (const { passage, terms } of passages) {
      const id = this.nextId++;
      const start = article.paragraphs[passage.paragraph]?.indexOf(passage.text) ?? -1;
      if (start < 0) throw new Error(`passage ${passage.position} of ${article.id} is not in its paragraph`);
      this.setRow(id, slot, passage.paragraph, passage.position, start, start + passage.text.length);
      this.terms.set(terms, this.termCount);
      this.termStart[id] = this.termCount;
      this.termCount += terms.length;
      this.termEnd[id] = this.termCount;
    }
    this.live += passages.length;
    return firstId;
  }

  /** Forgets an article's passages; gives each one's terms to `onRemoved` first. */
  remove(articleId: string, onRemoved: (terms: Uint32Array) => void): number {
    const slot = this.slots.get(articleId);
    if (slot === undefined) return 0;
    const first = this.slotFirstIds[slot]!;
    const count = this.slotCounts[slot]!;
    for (let id = first; id < first + count; id++) {
      onRemoved(this.termsOf(id));
      this.articleSlot[id] = DEAD;
    }
    this.articles[slot] = undefined;
    this.slots.delete(articleId);
    this.live -= count;
    return count;
  }

  has(id: number): boolean {
    return id >= 0 && id < this.nextId && this.articleSlot[id]! !== DEAD;
  }

  /** The passage of a live id, made anew on each call. */
  passage(id: number): Passage {
    const article = this.articles[this.articleSlot[id]!]!;
    return {
      articleId: article.id,
      paragraph: this.paragraph[id]!,
      position: this.position[id]!,
      text: article.paragraphs[this.paragraph[id]!]!.slice(this.start[id]!, this.end[id]!),
    };
  }

  articleIdOf(id: number): string {
    return this.articles[this.articleSlot[id]!]!.id;
  }

  /** Whether a live passage holds the term, without making a view of its terms. */
  holdsTerm(id: number, termId: number): boolean {
    return containsId(this.terms, termId, this.termStart[id]!, this.termEnd[id]! - 1);
  }

  /** A live passage's sorted term ids, as a view into the shared array. */
  termsOf(id: number): Uint32Array {
    return this.terms.subarray(this.termStart[id]!, this.termEnd[id]!);
  }

  passagesOf(articleId: string): Passage[] {
    const slot = this.slots.get(articleId);
    if (slot === undefined) return [];
    const first = this.slotFirstIds[slot]!;
    return Array.from({ length: this.slotCounts[slot]! }, (_, offset) => this.passage(first + offset));
  }

  toSnapshot(): PassageTableSnapshot {
    const articleIds: string[] = [];
    const articleFirstIds = new Int32Array(this.slots.size);
    const articleCounts = new Int32Array(this.slots.size);
    const passageFields = new Int32Array(this.live * FIELDS);
    const termEnds = new Int32Array(this.live);
    let termTotal = 0;
    for (const slot of this.slots.values()) {
      const first = this.slotFirstIds[slot]!;
      for (let id = first; id < first + this.slotCounts[slot]!; id++)
        termTotal += this.termEnd[id]! - this.termStart[id]!;
    }
    const terms = new Uint32Array(termTotal);
    let row = 0;
    let termEnd = 0;
    for (const [articleId, slot] of this.slots) {
      const first = this.slotFirstIds[slot]!;
      articleFirstIds[articleIds.length] = first;
      articleCounts[articleIds.length] = this.slotCounts[slot]!;
      articleIds.push(articleId);
      for (let id = first; id < first + this.slotCounts[slot]!; id++, row++) {
        passageFields.set([this.paragraph[id]!, this.position[id]!, this.start[id]!, this.end[id]!], row * FIELDS);
        terms.set(this.termsOf(id), termEnd);
        termEnd += this.termEnd[id]! - this.termStart[id]!;
        termEnds[row] = termEnd;
      }
    }
    return { nextId: this.nextId, articleIds, articleFirstIds, articleCounts, passageFields, termEnds, terms };
  }

  /** Restores a snapshot against the articles it was saved with; throws when they do not fit it. */
  static fromSnapshot(snapshot: PassageTableSnapshot, articles: ReadonlyMap<string, Article>): PassageTable {
    const table = new PassageTable();
    table.nextId = snapshot.nextId;
    // Room for a quarter more, as growing would give: the first reload after a start would
    // otherwise copy every column and the terms (millions) to add one article's passages.
    table.reserve(withRoom(snapshot.nextId), withRoom(snapshot.terms.length));
    table.articleSlot.fill(DEAD);
    table.terms.set(snapshot.terms);
    table.termCount = snapshot.terms.length;
    let row = 0;
    let termStart = 0;
    snapshot.articleIds.forEach((articleId, slot) => {
      const article = articles.get(articleId);
      if (!article)
        throw new Error(`passage index snapshot: article ${articleId} is not in the corpus it was saved with`);
      const first = snapshot.articleFirstIds[slot]!;
      const count = snapshot.articleCounts[slot]!;
      table.articles.push(article);
      table.slots.set(articleId, slot);
      table.slotFirstIds.push(first);
      table.slotCounts.push(count);
      for (let id = first; id < first + count; id++, row++) {
        const at = row * FIELDS;
        const paragraph = article.paragraphs[snapshot.passageFields[at]!];
        const end = snapshot.passageFields[at + 3]!;
        if (paragraph === undefined || end > paragraph.length || id < 0 || id >= snapshot.nextId || table.has(id))
          throw new Error(`passage index snapshot: a passage of ${articleId} does not fit the article`);
        table.setRow(
          id,
          slot,
          snapshot.passageFields[at]!,
          snapshot.passageFields[at + 1]!,
          snapshot.passageFields[at + 2]!,
          end,
        );
        table.termStart[id] = termStart;
        termStart = snapshot.termEnds[row]!;
        table.termEnd[id] = termStart;
      }
      table.live += count;
    });
    return table;
  }

  private setRow(id: number, slot: number, paragraph: number, position: number, start: number, end: number): void {
    this.articleSlot[id] = slot;
    this.paragraph[id] = paragraph;
    this.position[id] = position;
    this.start[id] = start;
    this.end[id] = end;
  }

  /** Room for `ids` ids and `termTotal` terms, growing the columns by half again when short. */
  private reserve(ids: number, termTotal: number): void {
    if (ids > this.articleSlot.length) {
      const capacity = Math.max(ids, Math.ceil(this.articleSlot.length * 1.5), 64);
      const grow = (column: Int32Array): Int32Array => {
        const grown = new Int32Array(capacity);
        grown.set(column);
        return grown;
      };
      this.articleSlot = grow(this.articleSlot);
      this.articleSlot.fill(DEAD, this.nextId);
      this.paragraph = grow(this.paragraph);
      this.position = grow(this.position);
      this.start = grow(this.start);
      this.end = grow(this.end);
      this.termStart = grow(this.termStart);
      this.termEnd = grow(this.termEnd);
    }
    if (termTotal > this.terms.length) {
      const grown = new Uint32Array(Math.max(termTotal, Math.ceil(this.terms.length * 1.5), 1024));
      grown.set(this.terms.subarray(0, this.termCount));
      this.terms = grown;
    }
  }
}

/** A capacity a quarter over `size`: room written to only as the table grows. */
function withRoom(size: number): number {
  return size + Math.max(64, size >> 2);
}
