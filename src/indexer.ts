/**
 * `npm run indexer`: migrates the database, then writes CORPUS_DIR's articles and passages to
 * DATABASE_URL (only what changed since the last run) and bumps the corpus version.
 * `npm run migrate`: the migrations alone. One indexer runs at a time (an advisory lock).
 */
import { config as loadDotenv } from 'dotenv';
import { ConfigError, databaseSecrets, loadConfig } from './config.js';
import { loadCorpus } from './corpus/load-corpus.js';
import { createLogger } from './logger.js';
import { indexCorpus } from './storage/postgres/index-corpus.js';
import { migrate } from './storage/postgres/migrate.js';
import { createPool } from './storage/postgres/pool.js';

loadDotenv({ quiet: true });
const migrateOnly = process.argv.includes('--migrate-only');
let exitCode = 0;
try {
  const config = loadConfig(process.env, { purpose: 'cli' });
  if (!config.databaseUrl) throw new ConfigError(['DATABASE_URL: required to migrate or index the database']);
  const logger = createLogger({ level: config.logLevel, secrets: databaseSecrets(config.databaseUrl) });
  const pool = createPool({ connectionString: config.databaseUrl, max: 1 });
  try {
    const applied = await migrate(pool);
    logger.info({ applied }, 'database migrated');
    if (!migrateOnly) {
      const started = performance.now();
      const load = await loadCorpus(config.corpusDir, { extraRoots: config.corpusExtraRoots });
      const report = await indexCorpus(pool, load.articles);
      logger.info(
        {
          added: report.added.length,
          changed: report.changed.length,
          removed: report.removed.length,
          skipped: load.skipped.length,
          passages: report.passages,
          version: report.version,
          milliseconds: Math.round(performance.now() - started),
        },
        'corpus indexed',
      );
    }
  } catch (error) {
    logger.error({ err: error }, migrateOnly ? 'migration failed' : 'indexing failed');
    exitCode = 1;
  } finally {
    await pool.end();
  }
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  exitCode = 1;
}
process.exitCode = exitCode;
