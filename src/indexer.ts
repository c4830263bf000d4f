/**
 * `npm run indexer`: migrates the database, then writes CORPUS_DIR's articles and passages to
 * DATABASE_URL (only what changed since the last run) with /who's and autocomplete's tables,
 * and publishes them as the next corpus version.
 * `npm run migrate`: the migrations alone. One indexer runs at a time (an advisory lock).
 * Both import the JSON digest store (DIGEST_STORE_PATH) into a database that has no digest
 * records yet: a bot moving to DATABASE_URL keeps its servers' schedules and what they were sent.
 */
import { existsSync } from 'node:fs';
import { config as loadDotenv } from 'dotenv';
import { ConfigError, databaseSecrets, loadConfig } from './config.js';
import { openDigestStore } from './digest/digest-store.js';
import { createBriefingService } from './service/create-briefing-service.js';
import { codeVersion } from './service/snapshot.js';
import { createLogger } from './logger.js';
import { importDigestStore } from './storage/postgres/import-digest-store.js';
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
    if (existsSync(config.digestStorePath)) {
      try {
        const state = openDigestStore({ path: config.digestStorePath, logger }).state();
        const outcome = await importDigestStore(pool, state);
        logger.info({ path: config.digestStorePath, ...outcome }, 'digest store import');
      } catch (error) {
        logger.error({ err: error, path: config.digestStorePath }, 'digest store not imported');
        exitCode = 1;
      }
    }
    if (!migrateOnly) {
      const started = performance.now();
      // The in-memory build (from the snapshot in CACHE_DIR when the corpus is unchanged) gives
      // the extractions and people that /who's and autocomplete's tables are made of.
      const service = await createBriefingService({
        corpusDir: config.corpusDir,
        extraRoots: config.corpusExtraRoots,
        extractionBudgetMs: config.extractionBudgetMs,
        cacheDir: config.cacheDir,
        snapshotDelayMs: 0,
      });
      const knowledge = service.knowledge();
      const { skipped } = service.overview();
      const report = await indexCorpus(pool, [...knowledge.articles.values()], {
        knowledge,
        skipped,
        codeVersion: await codeVersion(),
      });
      await service.close?.();
      logger.info(
        {
          added: report.added.length,
          changed: report.changed.length,
          removed: report.removed.length,
          skipped: skipped.length,
          passages: report.passages,
          version: report.version,
          followed: report.followed,
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
