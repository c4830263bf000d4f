/**
 * Answer quality on real corpora: runs ../shared/eval/score.mjs over the project's own cases
 * (eval/cases/*.jsonl, naming Reuters and BBC articles by id) on a flat folder that mixes the
 * cited articles with a fixed sample of others, so answers must be found among distractors.
 *
 *   npm run eval [-- --sample 3000] [--full]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { unpackCorpus } from './corpora.js';

const { values } = parseArgs({
  options: { sample: { type: 'string', default: '3000' }, full: { type: 'boolean', default: false } },
});
const projectRoot = path.resolve(import.meta.dirname, '..');
const scorer = path.resolve(projectRoot, '../shared/eval/score.mjs');
const reuters = unpackCorpus('reuters');
const bbc = unpackCorpus('bbc');
if (!reuters || !bbc || !existsSync(scorer)) {
  console.log('eval skipped: ../shared/corpora or ../shared/eval/score.mjs is not on this machine');
  process.exit(0);
}

const casesDir = path.join(projectRoot, 'eval/cases');
const caseFiles = readdirSync(casesDir)
  .filter((name) => name.endsWith('.jsonl'))
  .sort();
const cited = new Set<string>();
for (const file of caseFiles) {
  for (const line of readFileSync(path.join(casesDir, file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { expect } = JSON.parse(line) as { expect: { articles?: string[] } };
    for (const id of expect.articles ?? []) cited.add(id);
  }
}

// A folder of its own, so two evals at once do not empty each other's corpus.
const mix = mkdtempSync(path.join(tmpdir(), 'briefbot-eval-mix-'));
const sample = values.full ? Infinity : Number(values.sample);
let linked = 0;
for (const folder of [reuters, bbc]) {
  const names = readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  const step = Math.max(1, Math.floor(names.length / (sample / 2)));
  names.forEach((name, index) => {
    if (cited.has(name.slice(0, -4)) || index % step === 0) {
      symlinkSync(path.join(folder, name), path.join(mix, name));
      linked++;
    }
  });
}
console.log(`eval corpus: ${linked} articles (${cited.size} cited by ${caseFiles.length} case files) in ${mix}`);

// The mix is only links, but a folder per run: removed on Ctrl-C too, not only at the end.
const removeMix = (): void => rmSync(mix, { recursive: true, force: true });
process.once('SIGINT', () => {
  removeMix();
  process.exit(130);
});
let failed = false;
try {
  for (const file of caseFiles) {
    console.log(`\n== ${file}`);
    const run = spawnSync('node', [scorer, '--cases', path.join(casesDir, file), '--corpus', mix, '--min', '0'], {
      cwd: projectRoot,
      stdio: 'inherit',
    });
    failed ||= run.status !== 0;
  }
} finally {
  removeMix();
}
process.exit(failed ? 1 : 0);
