import type { CorpusLoad } from '../corpus/article.js';
import type { Knowledge, OwnedKnowledge } from '../knowledge/knowledge.js';
import { PassageIndex } from '../search/passage-index.js';
import { splitPassages } from '../text/passages.js';
import { indexPeopleDirectoryInSteps } from '../extract/people/index.js';
import { startStepsInBackground, type BackgroundSteps, type Steps } from '../steps.js';
import { createAnswering } from './answer-question.js';
import { collectWhileIdle } from './collect-while-idle.js';
import type { CorpusChange } from './corpus-change.js';
import { createAnswerersInSteps, updateAnswerers, type Answerers, type Engine } from './engine.js';
import type { EngineSnapshot } from './snapshot.js';

interface Tables {
  passages: PassageIndex;
  answerers: Answerers;
}

/** A corpus changed since the snapshot: its tables restore against what they were saved with, then take the change. */
export interface ChangeSinceSnapshot {
  /** The knowledge the snapshot's tables were made from. */
  saved: Knowledge;
  change: CorpusChange;
}

export interface RestoreOptions {
  /** A part that could not be restored, whose table was built from the knowledge instead: why. */
  onFallback: (reason: string) => void;
  /** When the corpus changed since the snapshot (its delta, or files changed while stopped). */
  since?: ChangeSinceSnapshot;
  /** What `ready` waits for after the tables: by default the full collection their restore owes. */
  settle?: () => Promise<void>;
}

/**
 * The engine of a start from a snapshot, serving before its tables are in memory: the knowledge
 * is whole, and the passage index and the answerers' tables are restored in slices of the event
 * loop after the start (about half of a Reuters start, parts deserialised and their collections
 * included), then given the change since the snapshot if there is one. Whatever reads them first
 * finishes the restore on the spot (`passages`, `answerers`, `answer`), so nothing ever reads a
 * table half made; the service awaits `ready` first instead, so that a question asked meanwhile
 * waits in slices rather than holding the loop for the rest of the restore. `ready` also waits
 * for `settle`, after the tables: by default the full collection the restore leaves owed, run
 * while idle, so that the first reload does not hold it.
 */
export function restoreEngineInSlices(
  corpus: CorpusLoad,
  knowledge: OwnedKnowledge,
  snapshot: EngineSnapshot,
  options: RestoreOptions,
): Engine {
  const { since, settle = collectWhileIdle } = options;
  const tables = startStepsInBackground(restoreTablesInSteps(snapshot, knowledge, options.onFallback, since));
  // The count alone: the snapshot holds its parts' buffers, which must go once restored.
  const passageCount = since ? countAfterChange(snapshot.passageCount, since) : snapshot.passageCount;
  let answering: Engine['answer'] | null = null;
  return {
    knowledge,
    corpus,
    get passages() {
      return tables.finish().passages;
    },
    get answerers() {
      return tables.finish().answerers;
    },
    answer(command, query) {
      if (!answering) {
        const { passages, answerers } = tables.finish();
        answering = createAnswering(knowledge, passages, answerers);
      }
      return answering(command, query);
    },
    passageCount: () => (tables.isDone() ? tables.finish().passages.size : passageCount),
    ready: settled(tables).then(settle),
  };
}

function settled(tables: BackgroundSteps<Tables>): Promise<void> {
  return tables.done.then(
    () => undefined,
    () => undefined,
  );
}

/**
 * The passage index, then the answerers, each from its part of the snapshot and then given the
 * change since it. A part that cannot be restored after all (bytes that matched their checksum
 * and still do not fit: a fault of this code's) gives tables built from the knowledge instead,
 * as a cold build makes them, so the answers stay right; `onFallback` says which and why.
 */
export function* restoreTablesInSteps(
  snapshot: EngineSnapshot,
  knowledge: OwnedKnowledge,
  onFallback: (reason: string) => void,
  since?: ChangeSinceSnapshot,
): Steps<Tables> {
  // The extractions first: the answerers' restore reads every one (after a change since the
  // snapshot, the knowledge was built over all of them before the start, and nothing is left).
  const extractions = snapshot.savedExtractions;
  if (extractions) {
    yield* extractions.unpackInSteps();
    if (extractions.failure !== null) onFallback(extractions.failure);
  }
  // Tables restore only against the knowledge they were saved with; then they take the change.
  const saved = since?.saved ?? knowledge;
  let passages: PassageIndex;
  try {
    const savedPassages = snapshot.passages;
    yield;
    passages = yield* PassageIndex.fromSnapshotInSteps(savedPassages, saved.articles);
    if (since) yield* changePassagesInSteps(passages, since.change);
  } catch (error) {
    onFallback(`the passage index could not be restored (${(error as Error).message}); built from the articles`);
    passages = yield* PassageIndex.buildInSteps([...knowledge.articles.values()]);
  }
  yield;
  let answerers: Answerers;
  try {
    const savedAnswerers = snapshot.answerers;
    yield;
    answerers = yield* createAnswerersInSteps(saved, savedAnswerers);
    if (since) {
      yield;
      const { removed, replaced } = since.change;
      updateAnswerers(answerers, knowledge, { removed, upserted: replaced.map((article) => article.id) });
    }
  } catch (error) {
    onFallback(`the answer tables could not be restored (${(error as Error).message}); built from the articles`);
    answerers = yield* createAnswerersInSteps(knowledge);
  }
  // The people directory's index, which relinking a reload's surnames reads: made now, so the
  // first reload does not, and its garbage goes in the collection the start owes.
  yield;
  yield* indexPeopleDirectoryInSteps(knowledge.people);
  return { passages, answerers };
}

function* changePassagesInSteps(passages: PassageIndex, change: CorpusChange): Steps<void> {
  for (const id of change.removed) {
    passages.removeArticle(id);
    yield;
  }
  for (const article of change.replaced) {
    passages.addArticle(article);
    yield;
  }
}

/**
 * The passages the index will hold once given the change, told before it is restored (a start
 * reports the corpus's size at once): the snapshot's, less the saved passages of the articles
 * changed or removed, plus those of the articles as they are now, split as the index splits them.
 */
function countAfterChange(savedCount: number, { saved, change }: ChangeSinceSnapshot): number {
  let count = savedCount;
  for (const id of [...change.removed, ...change.changed]) {
    const before = saved.articles.get(id);
    if (before) count -= splitPassages(before).length;
  }
  for (const article of change.replaced) count += splitPassages(article).length;
  return count;
}
