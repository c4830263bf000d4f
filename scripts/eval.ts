/**
 * Answer quality on real corpora: runs ../shared/eval/score.mjs over a split of our cases
 * (eval/README.md) on one flat folder that mixes every drawn and cited article with a fixed
 * sample of others, so answers must be found among distractors. The web cases are scored twice:
 * over the pages' article text and over the pages as fetched.
 *
 *   npm run eval [-- --split dev|test|fresh|fresh2|...|fresh19|own] [--sample 3000] [--full]
 *                [--only reuters,bbc,web,web-html]
 *
 * The corpus is the same for every split, so scores of the splits compare. The scorer's lines
 * are also written to .scratch/eval-<split>.log, so two builds can be diffed case by case.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { unpackCorpus } from './corpora.js';
import { buildEvalMix } from './eval-mix.js';
import { DRAWN_SPLITS } from './eval-splits.js';
import { buildWebCorpora } from './eval-web-corpus.js';

// fresh, fresh2, ..., fresh19: further development splits from articles drawn
// after test, each after the one before; all but fresh2 are reuters and bbc only, fresh2 also has web.jsonl
// (WEB_FRESH_PAGES), which runs over both web forms like dev's and test's.
const SPLITS = [...DRAWN_SPLITS, 'own'] as const;
type Split = (typeof SPLITS)[number];

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'dev' },
    sample: { type: 'string', default: '3000' },
    full: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const split = values.split as Split;
if (!SPLITS.includes(split)) {
  console.error(`eval: --split must be one of ${SPLITS.join(', ')}`);
  process.exit(2);
}
const projectRoot = path.resolve(import.meta.dirname, '..');
const scorer = path.resolve(projectRoot, '../shared/eval/score.mjs');
const web = buildWebCorpora();
if (!unpackCorpus('reuters') || !unpackCorpus('bbc') || !web || !existsSync(scorer)) {
  console.log('eval skipped: ../shared/corpora or ../shared/eval/score.mjs is not on this machine');
  process.exit(0);
}

const evalDir = path.join(projectRoot, 'eval');
// Each drawn split's cases are in the folder of its name; the first sessions' own in cases/.
const caseFolder = (name: Split): string => (name === 'own' ? 'cases' : name);
const sample = values.full ? Infinity : Number(values.sample);

interface Run {
  label: string;
  cases: string;
  web: string;
}

const folder = path.join(evalDir, caseFolder(split));
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.jsonl'))
  .sort();
const runs: Run[] = files.flatMap((file) => {
  const label = file.slice(0, -'.jsonl'.length);
  const cases = path.join(folder, file);
  return label === 'web'
    ? [
        { label: 'web', cases, web: web.text },
        { label: 'web-html', cases, web: web.html },
      ]
    : [{ label, cases, web: web.text }];
});
const only = values.only?.split(',');
const mixes = new Map<string, string>();
// The mixes are links, but a folder a run: removed on Ctrl-C too, not only at the end.
const removeMixes = (): void => {
  for (const mix of mixes.values()) rmSync(mix, { recursive: true, force: true });
};
process.once('SIGINT', () => {
  removeMixes();
  process.exit(130);
});
const log: string[] = [];
const totals: Array<{ label: string; passed: number; total: number }> = [];
for (const run of runs.filter((candidate) => !only || only.includes(candidate.label))) {
  const mix = mixes.get(run.web) ?? buildEvalMix(run.web, sample);
  mixes.set(run.web, mix);
  console.log(`\n== ${split}/${run.label} (${readdirSync(mix).length} articles)`);
  // The bot keeps a snapshot of each corpus folder it serves; the mix is a new temporary folder
  // each run, so under the project's .cache every run would leave 40 MB behind.
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'briefbot-eval-cache-'));
  const result = spawnSync('node', [scorer, '--cases', run.cases, '--corpus', mix, '--min', '0', '--verbose'], {
    cwd: projectRoot,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, CACHE_DIR: cacheDir },
  });
  rmSync(cacheDir, { recursive: true, force: true });
  const lines = result.stdout.split('\n');
  for (const line of lines) if (!line.startsWith('PASS')) console.log(line);
  log.push(...lines.filter((line) => /^(PASS|FAIL)/.test(line)).map((line) => `${run.label}\t${line}`));
  const score = /(\d+) passed, (\d+) failed/.exec(result.stdout);
  if (score) totals.push({ label: run.label, passed: Number(score[1]), total: Number(score[1]) + Number(score[2]) });
  if (result.status !== 0 && !score) console.error(result.stderr);
}
removeMixes();

console.log(`\n== ${split} summary`);
for (const { label, passed, total } of totals) {
  console.log(`${label.padEnd(9)} ${passed}/${total} (${((100 * passed) / total).toFixed(1)}%)`);
}
const passed = totals.reduce((sum, row) => sum + row.passed, 0);
const total = totals.reduce((sum, row) => sum + row.total, 0);
console.log(`all       ${passed}/${total} (${((100 * passed) / Math.max(1, total)).toFixed(1)}%)`);
mkdirSync(path.join(projectRoot, '.scratch'), { recursive: true });
writeFileSync(path.join(projectRoot, '.scratch', `eval-${split}.log`), `${log.join('\n')}\n`);
