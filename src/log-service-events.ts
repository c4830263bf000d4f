import type { Logger } from './logger.js';
import type { ReloadReport } from './service/briefing-service.js';
import type { ServiceEvent } from './service/create-briefing-service.js';

/** Snapshot events as log lines: constant messages, details in fields. */
export function logServiceEvent(logger: Logger, event: ServiceEvent): void {
  switch (event.kind) {
    case 'snapshot-loaded':
      logger.info({ articles: event.articles }, 'index snapshot loaded');
      return;
    case 'snapshot-unused':
      // A damaged snapshot is worth a warning (which file, where it went); a missing or outdated one is not.
      if (event.movedTo !== undefined || event.reason.includes('moved aside'))
        logger.warn(
          { reason: event.reason, path: event.path, movedTo: event.movedTo },
          'index snapshot damaged: moved aside; building cold',
        );
      else logger.info({ reason: event.reason, path: event.path }, 'index snapshot not used; building cold');
      return;
    case 'snapshot-temporary-files-removed':
      logger.info({ files: event.files }, 'stale snapshot temporary files removed');
      return;
    case 'snapshot-saved':
      logger.info({ path: event.path, durationMs: event.milliseconds }, 'index snapshot saved');
      return;
    case 'snapshot-delta-saved':
      logger.info({ articles: event.articles, durationMs: event.milliseconds }, 'index snapshot delta saved');
      return;
    case 'snapshot-failed':
      // The bot keeps serving; only the next start is slower.
      logger.warn({ reason: event.reason }, 'index snapshot could not be saved');
      return;
  }
}

/** A reload the folder watch started, as one log line. */
export function logWatchReload(logger: Logger, report: ReloadReport): void {
  logger.info(
    {
      added: report.added.length,
      changed: report.changed.length,
      removed: report.removed.length,
      skipped: report.skipped.length,
      articles: report.articles,
      durationMs: report.milliseconds,
    },
    'corpus reloaded after a change',
  );
}
