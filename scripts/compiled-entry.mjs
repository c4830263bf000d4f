// `npm start` (and cli, indexer) run the JavaScript tsc builds into dist/, so the serving process
// carries no TypeScript loader (tsx held about 50 MB of a Reuters bot's resident memory).
//
//   node scripts/compiled-entry.mjs src/main.ts   prints node's arguments to run it: dist/src/main.js,
//                                                 built first when the sources changed since the last build
//   node scripts/compiled-entry.mjs --build       builds when stale (npm install's prepare)
//
// Stale means a hash of every file tsc reads (src, commands, scripts, the tsconfigs, the lock
// file) differs from the one the last build recorded, so a pull, a checkout or an edit rebuilds,
// whatever the files' times say. Where the build cannot run (no TypeScript: installed with
// --omit=dev), it says so and the program runs from source under tsx, as before.
// Plain JavaScript, so it runs before anything is built.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const stampFile = path.join(dist, '.source-hash');
const INPUT_FOLDERS = ['src', 'commands', 'scripts'];
const INPUT_FILES = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

function filesUnder(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function sourceHash() {
  const hash = createHash('sha256');
  const files = [
    ...INPUT_FOLDERS.flatMap((folder) => filesUnder(path.join(root, folder))),
    ...INPUT_FILES.map((name) => path.join(root, name)),
  ];
  for (const file of files.sort()) {
    hash.update(path.relative(root, file)).update('\0');
    if (existsSync(file)) hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

function isCurrent(hash) {
  try {
    return readFileSync(stampFile, 'utf8') === hash;
  } catch {
    return false;
  }
}

/**
 * Builds into a folder of its own, then puts it in dist/'s place, so a file removed from the
 * sources (a command above all: every file in commands/ is loaded) leaves nothing behind.
 */
function build(hash) {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  if (!existsSync(tsc)) throw new Error('TypeScript is not installed (npm install without --omit=dev installs it)');
  const staging = `${dist}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  process.stderr.write('Building dist/ (the JavaScript npm start runs) from the changed sources ...\n');
  try {
    // Types are checked by `npm run typecheck`; the build only emits (a few seconds).
    execFileSync(
      process.execPath,
      [tsc, '-p', path.join(root, 'tsconfig.build.json'), '--noCheck', '--outDir', staging],
      {
        cwd: root,
        stdio: ['ignore', 2, 2],
      },
    );
    // What tsc does not emit and the code reads beside itself (the database migrations).
    cpSync(path.join(root, 'src'), path.join(staging, 'src'), {
      recursive: true,
      filter: (source) => !/\.(ts|mjs|js)$/.test(source),
    });
    // The snapshot's code version of these sources, with the built code's own function
    // (src/service/code-version.ts), so a compiled start reads it instead of hashing them again.
    const version = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { hashSources } = await import(${JSON.stringify(pathToFileURL(path.join(staging, 'src', 'service', 'code-version.js')).href)});` +
          `process.stdout.write(await hashSources(${JSON.stringify(path.join(root, 'src'))}));`,
      ],
      { encoding: 'utf8' },
    );
    writeFileSync(path.join(staging, '.code-version'), version);
    writeFileSync(path.join(staging, '.source-hash'), hash);
    const old = `${dist}.${process.pid}.old`;
    if (existsSync(dist)) renameSync(dist, old);
    renameSync(staging, dist);
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Builds when stale; true when dist/ then holds the build of the current sources. */
function ensureBuilt() {
  try {
    const hash = sourceHash();
    if (!isCurrent(hash)) build(hash);
    return true;
  } catch (error) {
    process.stderr.write(`briefbot: could not build dist/ (${error.message}); running from source under tsx.\n`);
    return false;
  }
}

const [target] = process.argv.slice(2);
if (target === '--build') ensureBuilt();
else if (target) {
  const compiled = path.join('dist', target.replace(/\.ts$/, '.js'));
  // Relative to the project folder, where npm runs scripts: the shell splits the printed words.
  const prefix = path.resolve(process.cwd()) === root ? '' : `${root}${path.sep}`;
  process.stdout.write(ensureBuilt() ? `${prefix}${compiled}` : `--import tsx ${prefix}${target}`);
}
