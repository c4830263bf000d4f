import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** The file in dist/ where the build (scripts/compiled-entry.mjs) records the version of the sources it built. */
export const BUILT_CODE_VERSION_FILE = '.code-version';

let cached: Promise<string> | null = null;

/**
 * A fingerprint of the core's code, so a snapshot made by other code is rebuilt. Run from
 * source, a hash of every source file; run from the JavaScript built into dist/ (`npm start`),
 * the hash the build recorded of the sources it was built from, which is the code running, in
 * one small read (hashing them again took 40-70 ms of a start under load, most of it reads).
 * The same hash of the same sources either way: the compiled start and what runs from source
 * (the bench's cold build, the tests) share one snapshot.
 */
export function codeVersion(): Promise<string> {
  cached ??= recordedVersion().then((recorded) => recorded ?? hashSources(sourceRoot()));
  return cached;
}

/** A hash of the code files under `root`, by their paths below it and their bytes. */
export async function hashSources(root: string): Promise<string> {
  const hash = createHash('sha256');
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && /\.(ts|mjs|js)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) hash.update(file.slice(root.length)).update(await readFile(file));
  return hash.digest('hex').slice(0, 16);
}

const runsBuilt = import.meta.filename.endsWith('.js');

async function recordedVersion(): Promise<string | null> {
  if (!runsBuilt) return null;
  try {
    const recorded = (
      await readFile(path.resolve(import.meta.dirname, '../..', BUILT_CODE_VERSION_FILE), 'utf8')
    ).trim();
    return /^[0-9a-f]{16}$/.test(recorded) ? recorded : null;
  } catch {
    return null;
  }
}

/** src/: this module's folder's parent; built into dist/src/ with no record, the src/ beside dist/ if any. */
function sourceRoot(): string {
  const here = path.resolve(import.meta.dirname, '..');
  if (!runsBuilt) return here;
  const source = path.resolve(here, '../../src');
  return existsSync(path.join(source, 'service', 'code-version.ts')) ? source : here;
}
