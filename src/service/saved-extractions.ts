import type { Article } from '../corpus/article.js';
import type { ArticleExtraction, PeopleDirectory } from '../extract/types.js';
import { extractArticle } from '../knowledge/extract-article.js';
import type { OwnedKnowledge } from '../knowledge/knowledge.js';
import type { Steps } from '../steps.js';
import { isPacked, unpackExtractions } from './snapshot-extractions.js';

/**
 * A snapshot's extractions, unpacked after the start rather than in it: making their objects
 * (and collecting them, young, as they pile up) was about a quarter of the serving thread's
 * time in a warm start over Reuters. A start only asks which articles have one (their ids, read from
 * the parts without unpacking); the restore after it unpacks a part a step, and a reader that
 * cannot wait (`all`) unpacks the rest at once. A part that checked out and still cannot be
 * unpacked (a fault of this code's) gives its articles extracted afresh, as a cold build would,
 * and `failure` says why.
 */
export class SavedExtractions {
  private parts: unknown[] | null;
  private partIds: string[][];
  private idSet: Set<string> | null = null;
  private unpackedParts = 0;
  private readonly byId = new Map<string, ArticleExtraction>();
  private articles: ReadonlyMap<string, Article>;
  /** Why a part had to be extracted afresh, if one did. */
  failure: string | null = null;

  /** Throws when a part's ids cannot be told: the snapshot is then not one this code can start from. */
  constructor(parts: unknown[], articles: ReadonlyMap<string, Article>) {
    this.articles = articles;
    this.partIds = parts.map((part) => packedIds(part));
    this.parts = parts.length > 0 ? parts : null;
  }

  /** Whether the snapshot holds an extraction of this article. */
  has(articleId: string): boolean {
    if (!this.parts) return this.byId.has(articleId);
    this.idSet ??= new Set(this.partIds.flat());
    return this.idSet.has(articleId);
  }

  /** One part a step, until all are unpacked (nothing left when `all` came first). */
  *unpackInSteps(): Steps<void> {
    while (this.unpackNext()) yield;
  }

  /** Every extraction by article id, in the snapshot's order: the parts not yet unpacked are unpacked now. */
  all(): Map<string, ArticleExtraction> {
    while (this.unpackNext());
    return this.byId;
  }

  /** Every extraction in the snapshot's order (one an article id: a snapshot is written from such a map). */
  list(): ArticleExtraction[] {
    return [...this.all().values()];
  }

  private unpackNext(): boolean {
    const parts = this.parts;
    if (!parts) return false;
    const index = this.unpackedParts++;
    for (const extraction of this.unpackPart(parts[index], this.partIds[index]!))
      this.byId.set(extraction.articleId, extraction);
    // Each part's bytes go once it is unpacked; the ids and the snapshot's articles once they all are.
    parts[index] = null;
    if (this.unpackedParts < parts.length) return true;
    this.parts = null;
    this.partIds = [];
    this.idSet = null;
    this.articles = new Map();
    return false;
  }

  private unpackPart(part: unknown, ids: readonly string[]): ArticleExtraction[] {
    try {
      return unpackExtractions(part, this.articles);
    } catch (error) {
      this.failure ??= `the extractions could not be unpacked (${(error as Error).message}); extracted again`;
      return ids.flatMap((id) => {
        const article = this.articles.get(id);
        return article ? [extractArticle(article)] : [];
      });
    }
  }
}

/**
 * The knowledge of a start over an unchanged snapshot: its extractions, while still packed, are
 * read through `all`, so a reader before the restore has unpacked them (a brief on the start's
 * turn) unpacks the rest on the spot.
 */
export function snapshotKnowledge(
  articles: Map<string, Article>,
  snapshot: { extractions: readonly ArticleExtraction[]; savedExtractions?: SavedExtractions; people: PeopleDirectory },
): OwnedKnowledge {
  const { savedExtractions: saved, people } = snapshot;
  if (!saved)
    return {
      articles,
      extractions: new Map(snapshot.extractions.map((extraction) => [extraction.articleId, extraction])),
      people,
    };
  return {
    articles,
    get extractions() {
      return saved.all();
    },
    people,
  };
}

/**
 * The article ids of packed extractions, in order, without unpacking them: strings the part
 * already holds. Throws when they cannot be told (a part not of this form, an id out of place).
 */
export function packedIds(packed: unknown): string[] {
  if (!isPacked(packed) || packed.ids.length !== packed.count)
    throw new Error('the extractions are not in their packed form');
  const ids = new Array<string>(packed.count);
  let other = 0;
  for (let index = 0; index < ids.length; index++) {
    const ref = packed.ids[index]!;
    const id =
      ref === -1 ? (packed.others[other++] as { articleId?: unknown } | undefined)?.articleId : packed.strings[ref];
    if (typeof id !== 'string') throw new Error('the extractions name an article id they do not hold');
    ids[index] = id;
  }
  if (other !== packed.others.length) throw new Error('the extractions name an article id they do not hold');
  return ids;
}
