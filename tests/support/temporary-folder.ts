import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Vitest global setup: the run gets a temporary folder of its own (TMPDIR, which os.tmpdir()
 * reads and the test workers inherit), removed at the end. Whatever a test left in it fails
 * the run, named by kind, so a test that forgets to clean up is caught rather than filling
 * the machine's temporary folder run after run.
 */
export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const folder = mkdtempSync(path.join(tmpdir(), 'briefbot-test-run-'));
  process.env.TMPDIR = folder;
  return () => {
    // tsx keeps its compile cache in the temporary folder (tsx-<uid>) for the CLIs the tests start.
    const left = readdirSync(folder).filter((name) => !/^tsx-\d+$/.test(name));
    rmSync(folder, { recursive: true, force: true });
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    if (left.length === 0) return;
    const kinds = new Map<string, number>();
    for (const name of left) {
      const kind = name.replace(/-[^-]*$/, '-*');
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    const summary = [...kinds].map(([kind, count]) => `${kind} (${count})`).join(', ');
    // Vitest reports an error thrown here but still exits 0; the exit code is what CI reads.
    process.stderr.write(
      `\nFAIL tests left ${left.length} entries in the temporary folder (removed now): ${summary}\n`,
    );
    process.exitCode = 1;
  };
}
