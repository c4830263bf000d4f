import FlexSearch from 'flexsearch';
import type { Article } from '../corpus/article.js';
import { toTerms } from '../text/normalize.js';
import { bestHits, CANDIDATES, planQuery, scorePassage, WIDE_CANDIDATES, type PassageHit } from './rank-passages.js';
import { splitPassages, type Passage } from '../text/passages.js';
import { packTitles, unpackTitles, type PassageIndexSnapshot } from './passage-snapshot.js';
import { PassageTable } from './passage-table.js';
import { containsId, TermDictionary } from './term-dictionary.js';
import { runSteps, type Steps } from '../steps.js';
import { jsonArrayPieces } from './json-array-pieces.js';

export type { PassageIndexSnapshot } from './passage-snapshot.js';

export type { PassageHit } from './rank-passages.js';

interface IndexedPassage {
  id: number;
  text: string;
  [key: string]: string | number;
}

// flexsearch's own encoders stem names badly (../shared/docs/flexsearch-notes.md); terms are
// folded and stemmed by toTerms before they reach it, so it only has to match them exactly.
const INDEX_OPTIONS = {
  document: {
    id: 'id',
    index: [{ field: 'text', tokenize: 'strict', encoder: FlexSearch.Charset.Exact, resolution: 9 }],
  },
};

// A piece of flexsearch's export parsed and imported in one step: a few milliseconds.
const IMPORT_PIECE_BYTES = 1024 * 1024;

/**
 * Passages of every article in a flexsearch Document index. flexsearch finds candidates fast;
 * they are then ranked by rare-term weight (idf), with a bonus for the exact phrase and for
 * names, since flexsearch alone scores by term position (poor for single names). Articles can
 * be replaced in place, so a reload of one file does not rebuild the whole index.
 */
export class PassageIndex {
  private readonly index = new FlexSearch.Document<IndexedPassage>(INDEX_OPTIONS as never);
  private table = new PassageTable();
  private readonly titleTerms = new Map<string, Uint32Array>();
  private dictionary = new TermDictionary();
  private deadPassages = 0;

  static build(articles: readonly Article[]): PassageIndex {
    return runSteps(PassageIndex.buildInSteps(articles));
  }

  /** The same build, a step an article, for a reload that keeps answering meanwhile. */
  static *buildInSteps(articles: readonly Article[]): Steps<PassageIndex> {
    const index = new PassageIndex();
    for (const article of articles) {
      index.addArticle(article);
      yield;
    }
    return index;
  }

  /** Restores a snapshot; `articles` gives back the passages' text (by id, as the snapshot saw them). */
  static fromSnapshot(snapshot: PassageIndexSnapshot, articles: ReadonlyMap<string, Article>): PassageIndex {
    return runSteps(PassageIndex.fromSnapshotInSteps(snapshot, articles));
  }

  /**
   * The same restore, in steps of a few milliseconds, for a start that serves before its index
   * is in memory. flexsearch's import adds to what it holds, so each piece of its export is
   * imported a megabyte of entries at a time (in their order, so its maps come out as one
   * import makes them).
   */
  static *fromSnapshotInSteps(
    snapshot: PassageIndexSnapshot,
    articles: ReadonlyMap<string, Article>,
    pieceBytes = IMPORT_PIECE_BYTES,
  ): Steps<PassageIndex> {
    const index = new PassageIndex();
    index.deadPassages = snapshot.deadPassages;
    index.dictionary = new TermDictionary(snapshot.dictionary.terms, snapshot.dictionary.frequencies);
    yield;
    index.table = PassageTable.fromSnapshot(snapshot, articles);
    yield;
    for (const [articleId, terms] of unpackTitles(snapshot)) index.titleTerms.set(articleId, terms);
    for (const [key, data] of snapshot.flexsearch) {
      for (const piece of jsonArrayPieces(data, pieceBytes)) {
        yield;
        index.index.import(key, piece as never);
      }
    }
    return index;
  }

  get size(): number {
    return this.table.size;
  }

  /** Share of flexsearch's ids that are dead passages: past a tenth, reloads rebuild instead. */
  get deadShare(): number {
    return this.deadPassages / Math.max(1, this.deadPassages + this.table.size);
  }

  passagesOf(articleId: string): Passage[] {
    return this.table.passagesOf(articleId);
  }

  addArticle(article: Article): void {
    this.removeArticle(article.id);
    this.titleTerms.set(article.id, this.dictionary.toSortedIds(toTerms(article.title)));
    const passages = splitPassages(article).map((passage) => {
      const words = toTerms(passage.text);
      const terms = this.dictionary.toSortedIds(words);
      this.dictionary.count(terms, 1);
      return { passage, terms, text: words.join(' ') };
    });
    const firstId = this.table.add(article, passages);
    passages.forEach(({ text }, offset) => this.index.add({ id: firstId + offset, text }));
  }

  /**
   * Forgets an article's passages. They stay in flexsearch as dead ids that `search` skips:
   * flexsearch removes by scanning its whole map (~60 ms a passage on Reuters) unless given a
   * register that doubles its memory. A large reload rebuilds the index and drops them.
   */
  removeArticle(articleId: string): void {
    this.deadPassages += this.table.remove(articleId, (terms) => this.dictionary.count(terms, -1));
    this.titleTerms.delete(articleId);
  }

  search(query: string, limit = 10): PassageHit[] {
    // Function words alone match every passage equally: that is no answer (and flexsearch's
    // database adapters reject such queries, ../shared/docs/flexsearch-notes.md pitfall 11).
    const plan = planQuery(
      query,
      (word) => {
        const id = this.dictionary.lookup(word);
        return id === undefined ? undefined : this.dictionary.frequency(id);
      },
      this.table.size,
    );
    if (!plan) return [];
    const ids = plan.known.map((term) => this.dictionary.lookup(term.word)!);
    const candidates = new Set<number>();
    const candidateLimit = plan.wide ? WIDE_CANDIDATES : CANDIDATES;
    for (const options of [{ limit: candidateLimit }, { limit: candidateLimit, suggest: true }]) {
      for (const field of this.index.search(plan.finding.join(' '), options as never) as unknown as Array<{
        result: number[];
      }>) {
        for (const id of field.result) candidates.add(Number(id));
      }
      if (candidates.size >= limit) break;
    }
    const hits: PassageHit[] = [];
    for (const id of candidates) {
      if (!this.table.has(id)) continue;
      const passage = this.table.passage(id);
      const title = this.titleTerms.get(passage.articleId);
      const score = scorePassage(
        plan,
        passage,
        (index) => this.table.holdsTerm(id, ids[index]!),
        (index) => title !== undefined && containsId(title, ids[index]!),
      );
      if (score !== null) hits.push({ passage, score });
    }
    return bestHits(hits, limit);
  }

  toSnapshot(): PassageIndexSnapshot {
    const flexsearch: Array<[string, Uint8Array]> = [];
    // As UTF-8 bytes: one term outside Latin-1 makes the export a two-byte string, twice the size on disk.
    this.index.export((key: string, data: string) => {
      flexsearch.push([key, Buffer.from(data, 'utf8')]);
    });
    return {
      deadPassages: this.deadPassages,
      ...this.table.toSnapshot(),
      ...packTitles(this.titleTerms),
      dictionary: this.dictionary.export(),
      flexsearch,
    };
  }
}
