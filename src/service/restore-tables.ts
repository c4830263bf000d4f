import type { CorpusLoad } from '../corpus/article.js';
import type { OwnedKnowledge } from '../knowledge/knowledge.js';
import { PassageIndex } from '../search/passage-index.js';
import { startStepsInBackground, type BackgroundSteps, type Steps } from '../steps.js';
import { createAnswering } from './answer-question.js';
import { collectWhileIdle } from './collect-while-idle.js';
import { createAnswerersInSteps, type Answerers, type Engine } from './engine.js';
import type { EngineSnapshot } from './snapshot.js';

interface Tables {
  passages: PassageIndex;
  answerers: Answerers;
}

/**
 * The engine of a start from a snapshot of an unchanged corpus, serving before its tables are
 * in memory: the knowledge is whole, and the passage index and the answerers' tables are
 * restored in slices of the event loop after the start (about half of a Reuters start, parts
 * deserialised and their collections included). Whatever reads them first finishes the restore
 * on the spot (`passages`, `answerers`, `answer`), so nothing ever reads a table half made;
 * the service awaits `ready` first instead, so that a question asked meanwhile waits in slices
 * rather than holding the loop for the rest of the restore. `ready` also waits for `settle`,
 * after the tables: by default the full collection the restore leaves owed, run while idle, so
 * that the first reload does not hold it.
 */
export function restoreEngineInSlices(
  corpus: CorpusLoad,
  knowledge: OwnedKnowledge,
  snapshot: EngineSnapshot,
  onFallback: (reason: string) => void,
  settle: () => Promise<void> = collectWhileIdle,
): Engine {
  const tables = startStepsInBackground(restoreTablesInSteps(snapshot, knowledge, onFallback));
  // The count alone: the snapshot holds its parts' buffers, which must go once restored.
  const { passageCount } = snapshot;
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
 * The passage index, then the answerers, each from its part of the snapshot. A part that
 * cannot be restored after all (bytes that matched their checksum and still do not fit: a fault
 * of this code's) gives tables built from the knowledge instead, as a cold build makes them,
 * so the answers stay right; `onFallback` says which and why.
 */
export function* restoreTablesInSteps(
  snapshot: EngineSnapshot,
  knowledge: OwnedKnowledge,
  onFallback: (reason: string) => void,
): Steps<Tables> {
  let passages: PassageIndex;
  try {
    const saved = snapshot.passages;
    yield;
    passages = yield* PassageIndex.fromSnapshotInSteps(saved, knowledge.articles);
  } catch (error) {
    onFallback(`the passage index could not be restored (${(error as Error).message}); built from the articles`);
    passages = yield* PassageIndex.buildInSteps([...knowledge.articles.values()]);
  }
  yield;
  let answerers: Answerers;
  try {
    const saved = snapshot.answerers;
    yield;
    answerers = yield* createAnswerersInSteps(knowledge, saved);
  } catch (error) {
    onFallback(`the answer tables could not be restored (${(error as Error).message}); built from the articles`);
    answerers = yield* createAnswerersInSteps(knowledge);
  }
  return { passages, answerers };
}
