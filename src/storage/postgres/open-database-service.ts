import type { BriefingService, CorpusOverview } from '../../service/briefing-service.js';
import { createPool } from './pool.js';
import { createPostgresBriefingService } from './postgres-briefing-service.js';

/** Said where a process serves from a database the indexer has not written yet. */
export const NO_CORPUS_YET =
  'The database holds no corpus yet: run `npm run indexer`, which writes the articles of CORPUS_DIR to ' +
  'DATABASE_URL. Until then every question finds nothing.';

/** Said where a process serves from a database that has none of briefbot's tables. */
export const NOT_MIGRATED =
  "The database has none of briefbot's tables yet: run `npm run indexer` (it migrates the database, then " +
  'writes the articles of CORPUS_DIR to it).';

// PostgreSQL's code for a table that does not exist.
const UNDEFINED_TABLE = '42P01';

/**
 * A process serving the corpus from DATABASE_URL, as `npm start` and the terminal both open it:
 * the service over its own pool, and the overview of the version it finds (articles 0: never
 * indexed), or null when the database was never migrated.
 */
export async function openDatabaseService(
  databaseUrl: string,
  onIdleError: (error: Error) => void,
): Promise<{ service: BriefingService; overview: CorpusOverview | null }> {
  // Every command and the digest read the database: the process builds and holds no corpus.
  const service = createPostgresBriefingService(createPool({ connectionString: databaseUrl, onIdleError }));
  try {
    return { service, overview: await service.overview() };
  } catch (error) {
    if ((error as { code?: string }).code !== UNDEFINED_TABLE) {
      await service.close?.();
      throw error;
    }
    return { service, overview: null };
  }
}
