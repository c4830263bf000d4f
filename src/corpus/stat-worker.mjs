// The stat thread's side (see stat-thread.ts). Plain JavaScript, so it starts without a loader.
import { lstatSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';

const FILE = 0;
const DIRECTORY = 1;
const LINK = 2;
const OTHER = 3;
const ERROR = 4;

parentPort.on('message', ({ id, paths }) => {
  // Kind, size and modification time of each path, three numbers a path, in one transferable buffer.
  const stats = new Float64Array(paths.length * 3);
  const errors = [];
  for (let index = 0; index < paths.length; index++) {
    try {
      const info = lstatSync(paths[index]);
      stats[index * 3] = info.isFile() ? FILE : info.isDirectory() ? DIRECTORY : info.isSymbolicLink() ? LINK : OTHER;
      stats[index * 3 + 1] = info.size;
      stats[index * 3 + 2] = info.mtimeMs;
    } catch (error) {
      stats[index * 3] = ERROR;
      errors.push([index, error?.code ?? String(error)]);
    }
  }
  parentPort.postMessage({ id, stats, errors }, [stats.buffer]);
});
