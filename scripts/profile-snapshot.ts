// Temporary: where a snapshot write's time goes (not committed).
import { serialize } from 'node:v8';
import { createHash } from 'node:crypto';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { prepareEngine } from '../src/service/build-engine.js';
import { extractNewArticles } from '../src/service/extract-new-articles.js';
const corpusDir = process.argv[2]!;
let t = performance.now();
const lap = (what: string) => {
  const now = performance.now();
  console.log(what, (now - t).toFixed(0), 'ms');
  t = now;
};
const loaded = await loadCorpus(corpusDir);
lap('load');
const { corpus, extracted } = await extractNewArticles(loaded, null);
lap('extract');
const engine = (await prepareEngine(corpus, null, { extracted })).commit();
lap('build');
for (let round = 0; round < 2; round++) {
  const extractions = [...engine.knowledge.extractions.values()];
  lap('extractions array');
  const passages = engine.passages.toSnapshot(engine.knowledge.articles);
  lap('passages.toSnapshot');
  const answerers = Object.fromEntries(
    Object.entries(engine.answerers).map(([c, a]) => {
      const s = a.toSnapshot();
      lap(`${c}.toSnapshot`);
      return [c, s];
    }),
  );
  for (const [name, value] of Object.entries({
    files: engine.corpus.files,
    extractions,
    people: engine.knowledge.people,
    passages,
    ...answerers,
  })) {
    const bytes = serialize(value);
    lap(`serialize ${name} (${(bytes.length / 1e6).toFixed(1)} MB)`);
    createHash('sha256').update(bytes).digest('hex');
    lap(`hash ${name}`);
  }
  if (passages)
    for (const [key, value] of Object.entries(passages)) {
      serialize(value);
      lap(`  passages.${key}`);
    }
}
