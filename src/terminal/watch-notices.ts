import type { SkippedFile } from '../corpus/article.js';
import type { ReloadReport } from '../service/briefing-service.js';

/**
 * Lines the terminal prints when the folder watch reloads by itself. The loader lists every
 * skipped file on each load, so only files not already reported are named: a corpus with a few
 * long-broken files does not repeat them after every save.
 */
export function describeWatchReload(report: ReloadReport, alreadyReported: ReadonlySet<string>): string[] {
  const counts = `${report.changed.length} changed, ${report.added.length} added, ${report.removed.length} removed`;
  const newlySkipped = report.skipped.filter((file) => !alreadyReported.has(skippedKey(file)));
  const skippedCount = newlySkipped.length ? `, ${newlySkipped.length} skipped` : '';
  return [
    `corpus reloaded: ${counts}${skippedCount} (${report.milliseconds} ms)`,
    ...newlySkipped.map((file) => `  skipped ${file.path}: ${file.reason}`),
  ];
}

export function describeWatchFailure(error: Error): string {
  return `corpus reload failed: ${error.message}; still answering from the previous index`;
}

/** A file is reported again only when it is skipped for a new reason. */
export function skippedKey(file: SkippedFile): string {
  return `${file.path}\u0000${file.reason}`;
}
