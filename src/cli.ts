import { createInterface } from 'node:readline';
import { addToCorpus, type AddSource } from './corpus/add/add-article.js';
import { ConfigError, loadConfig, type LoadedConfig } from './config.js';
import { renderAddResult } from './terminal/render-add-result.js';
import { parseArgs } from 'node:util';
import { writeBrief } from './terminal/write-brief.js';
import type { AnswerSet, CommandName } from './answer/types.js';
import { DigestCommandError, runDigestCommand } from './digest/run-digest-command.js';
import type { BriefingService } from './service/briefing-service.js';
import { createBriefingService } from './service/create-briefing-service.js';
import { NO_CORPUS_YET, NOT_MIGRATED, openDatabaseService } from './storage/postgres/open-database-service.js';
import { COMMANDS } from './answer/question/check-question.js';
import { loadCorpus } from './corpus/load-corpus.js';
import { describeEmptyCorpus } from './terminal/empty-corpus.js';
import { createProgressBar } from './terminal/progress-bar.js';
import { splitPassages } from './text/passages.js';
import { nearestNames } from './command-table/ask-question.js';
import { renderAnswerSet, renderNoAnswer } from './terminal/render-answer.js';
import { jsonLine, terminalText } from './terminal/terminal-text.js';

const USAGE = `usage:
  npm run cli -- ask <who|when|quote|search> <query...> [--corpus DIR] [--json]
  npm run cli -- ask --batch --json [--corpus DIR]     (one {"command","query"} JSON object a line on stdin)
  npm run cli -- stats [--corpus DIR] [--json]
  npm run cli -- digest [--since YYYY-MM-DD|all] [--corpus DIR]
  npm run cli -- add <url|file> [--corpus DIR] [--json]
  npm run cli -- brief "<person or topic>" [--since YYYY[-MM[-DD]]] [--until YYYY[-MM[-DD]]] [--out FILE] [--corpus DIR] [--json]`;

/** The terminal adapter's entry point. Only answers go to stdout; progress and errors to stderr. */
export async function runCli(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      corpus: { type: 'string' },
      json: { type: 'boolean', default: false },
      batch: { type: 'boolean', default: false },
      since: { type: 'string' },
      until: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [verb, ...rest] = positionals;
  if (values.help || !verb) {
    process.stderr.write(`${USAGE}\n`);
    return verb || values.help ? 0 : 2;
  }
  // The settings as the bot reads them (the corpus, the snapshot folder, fetching), --corpus first.
  let config: LoadedConfig;
  try {
    config = loadConfig(process.env, { purpose: 'cli', corpusFlag: values.corpus });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(error.problems.map((problem) => `briefbot: ${problem}\n`).join(''));
    return 2;
  }
  // A database's pool is closed when the command is done: open, it would hold the process.
  const opened: BriefingService[] = [];
  try {
    return await runVerb(verb, rest, values, config, async () => {
      const service = await openService(config);
      if (service.reloadElsewhere) opened.push(service);
      return service;
    });
  } finally {
    for (const service of opened) await service.close?.();
  }
}

/**
 * The service a command reads: with DATABASE_URL, the corpus the indexer wrote (as `npm start`
 * serves it, nothing built); else the build of the corpus folder.
 */
async function openService(config: LoadedConfig): Promise<BriefingService> {
  const { corpusDir } = config;
  if (config.databaseUrl) {
    const { service, overview } = await openDatabaseService(config.databaseUrl, () => undefined);
    if (!overview) {
      await service.close?.();
      throw new Error(NOT_MIGRATED);
    }
    if (overview.articles === 0) process.stderr.write(`${NO_CORPUS_YET}\n`);
    return service;
  }
  const service = await createBriefingService({
    corpusDir,
    extraRoots: config.corpusExtraRoots,
    cacheDir: config.cacheDir,
    extractionBudgetMs: config.extractionBudgetMs,
    onProgress: createProgressBar(process.stderr),
  });
  const empty = describeEmptyCorpus(corpusDir, service.overview(), '`npm run cli -- stats` says why');
  if (empty) process.stderr.write(`${empty}\n`);
  return service;
}

async function runVerb(
  verb: string,
  rest: string[],
  values: { json: boolean; batch: boolean; since?: string; until?: string; out?: string },
  config: LoadedConfig,
  openService: () => Promise<BriefingService>,
): Promise<number> {
  const { corpusDir } = config;

  if (verb === 'ask' && values.batch) {
    await answerBatch(await openService(), values.json);
    return 0;
  }
  if (verb === 'ask') {
    const [command, ...words] = rest;
    if (!command || !(COMMANDS as readonly string[]).includes(command)) {
      process.stderr.write(`briefbot: ask needs a command (${COMMANDS.join(', ')}) and a query\n${USAGE}\n`);
      return 2;
    }
    const service = await openService();
    const set = await service.ask(command as CommandName, words.join(' '));
    // As the prompt and Discord say it when nothing is found: similar names, a /search to try.
    const text =
      set.answers.length === 0
        ? renderNoAnswer(set, await nearestNames(service, set), await service.overview())
        : renderAnswerSet(set);
    process.stdout.write(`${values.json ? jsonLine(set) : terminalText(text)}\n`);
    return set.error ? 1 : 0;
  }
  if (verb === 'stats') {
    // Counting needs the reading only, not extraction and indexing (30 s on Reuters).
    const progress = createProgressBar(process.stderr);
    const { articles, skipped } = await loadCorpus(corpusDir, {
      extraRoots: config.corpusExtraRoots,
      onProgress: (done, total) => progress({ stage: 'load', done, total }),
    });
    const stats = {
      articles: articles.length,
      passages: articles.reduce((sum, article) => sum + splitPassages(article).length, 0),
      dated: articles.filter((article) => article.published !== null).length,
      skipped,
    };
    const empty = describeEmptyCorpus(corpusDir, { articles: stats.articles, skipped }, 'listed below');
    if (empty) process.stderr.write(`${terminalText(empty)}\n`);
    process.stdout.write(values.json ? `${jsonLine(stats)}\n` : terminalText(renderStats(stats)));
    return 0;
  }
  if (verb === 'digest') {
    try {
      process.stdout.write(
        `${terminalText(await runDigestCommand(await openService(), { since: values.since ?? 'all' }))}\n`,
      );
      return 0;
    } catch (error) {
      if (!(error instanceof DigestCommandError)) throw error;
      process.stderr.write(`briefbot: ${terminalText(error.message)}\n`);
      return 2;
    }
  }
  if (verb === 'brief') {
    if (!rest.join(' ').trim()) {
      process.stderr.write(`briefbot: brief needs a person or a topic\n${USAGE}\n`);
      return 2;
    }
    return writeBrief(await openService(), rest.join(' '), values);
  }
  if (verb === 'add') return addArticle(rest, config, values.json, openService);
  process.stderr.write(`briefbot: unknown command "${verb}"\n${USAGE}\n`);
  return 2;
}

/** `add <url|file>`: the same addition as /add in Discord; exit 1 when it was refused. */
async function addArticle(
  targets: string[],
  config: LoadedConfig,
  json: boolean,
  openService: () => Promise<BriefingService>,
): Promise<number> {
  if (targets.length !== 1) {
    process.stderr.write(`briefbot: add needs one link or file\n${USAGE}\n`);
    return 2;
  }
  const target = targets[0]!;
  const service = await openService();
  const source: AddSource = /^[a-z][a-z0-9+.-]*:\/\//i.test(target)
    ? { kind: 'link', url: target }
    : { kind: 'file', path: target };
  const result = await addToCorpus(service, source, { corpusDir: config.corpusDir, fetch: config.fetch });
  // The build's snapshot is written before the process ends (a database's pool is closed by runCli).
  if (!service.reloadElsewhere) await service.close?.();
  process.stdout.write(`${json ? JSON.stringify(result) : renderAddResult(result)}\n`);
  return result.kind === 'refused' ? 1 : 0;
}

async function answerBatch(service: BriefingService, json: boolean): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let set: AnswerSet;
    try {
      const { command, query } = JSON.parse(line) as { command?: unknown; query?: unknown };
      set = await service.ask(String(command) as CommandName, typeof query === 'string' ? query : '');
    } catch (error) {
      set = { command: 'search', query: line, answers: [], error: `not a JSON question: ${(error as Error).message}` };
    }
    process.stdout.write(`${json ? jsonLine(set) : renderAnswerSet(set)}\n`);
  }
}

function renderStats(stats: {
  articles: number;
  passages: number;
  dated: number;
  skipped: Array<{ path: string; reason: string }>;
}): string {
  const lines = [
    `articles: ${stats.articles}`,
    `passages: ${stats.passages}`,
    `dated:    ${stats.dated}`,
    `skipped:  ${stats.skipped.length}`,
  ];
  for (const file of stats.skipped) lines.push(`  ${file.path}: ${file.reason}`);
  return `${lines.join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`briefbot: ${terminalText(error instanceof Error ? error.message : String(error))}\n`);
      process.exitCode = 1;
    },
  );
}
