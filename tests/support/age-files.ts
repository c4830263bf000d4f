import { readdirSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';

/**
 * Sets every file under `folder` an hour older, as a corpus left alone for a while is. A file
 * modified within moments of a load is read again by the next one (a same-size edit inside the
 * file system's clock tick would otherwise go unseen), so a test that asks what a load takes
 * over from the last one ages the files it wrote before that load.
 */
export function ageFiles(folder: string, byMs = 3_600_000): void {
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const { mtimeMs, atimeMs } = statSync(file);
    utimesSync(file, (atimeMs - byMs) / 1000, (mtimeMs - byMs) / 1000);
  }
}
