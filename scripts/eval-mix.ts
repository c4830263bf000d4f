/**
 * The corpus every split is scored on: each article any split draws or cites, a fixed sample of
 * the other Reuters and BBC articles as distractors, and the web pages of one variant.
 */
import { copyFileSync, existsSync, linkSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unpackCorpus } from './corpora.js';
import { DRAWN_SPLITS } from './eval-splits.js';

const evalDir = path.resolve(import.meta.dirname, '../eval');
// Each drawn split's folder, and the first sessions' own cases.
const CASE_FOLDERS = [...DRAWN_SPLITS, 'cases'];

/** Every article any split draws or cites: the corpus must not depend on the split scored. */
export function namedArticles(): Set<string> {
  const named = new Set<string>();
  for (const folder of CASE_FOLDERS) {
    const dir = path.join(evalDir, folder);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.jsonl'))) {
      for (const line of readFileSync(path.join(dir, file), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const { expect } = JSON.parse(line) as { expect: { articles?: string[] } };
        for (const id of expect.articles ?? []) named.add(id);
      }
    }
  }
  for (const file of ['reuters.tsv', 'bbc.tsv']) {
    for (const line of readFileSync(path.join(evalDir, 'draw', file), 'utf8')
      .split('\n')
      .slice(1)) {
      const id = line.split('\t')[1];
      if (id) named.add(id);
    }
  }
  return named;
}

/**
 * A folder of its own, so two evals at once do not empty each other's corpus. Its files are hard
 * links (copies across file systems): the loader never follows a symbolic link out of the corpus.
 */
export function buildEvalMix(webFolder: string, sample: number): string {
  const mix = mkdtempSync(path.join(tmpdir(), 'briefbot-eval-mix-'));
  const named = namedArticles();
  for (const corpus of ['reuters', 'bbc'] as const) {
    const folder = unpackCorpus(corpus);
    if (!folder) throw new Error('eval: ../shared/corpora is not on this machine');
    const names = readdirSync(folder)
      .filter((name) => name.endsWith('.txt'))
      .sort();
    const step = Math.max(1, Math.floor(names.length / (sample / 2)));
    names.forEach((name, index) => {
      if (named.has(name.slice(0, -4)) || index % step === 0) {
        placeFile(path.join(folder, name), path.join(mix, name));
      }
    });
  }
  for (const name of readdirSync(webFolder)) placeFile(path.join(webFolder, name), path.join(mix, name));
  return mix;
}

function placeFile(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}
