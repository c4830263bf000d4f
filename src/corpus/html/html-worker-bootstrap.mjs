// Worker threads start without tsx's loader: a TypeScript worker module (run from source) gets
// it registered first; the JavaScript built into dist/ (`npm start`) loads without it, sparing
// the thread the loader's memory.
import { workerData } from 'node:worker_threads';

if (workerData.module.endsWith('.ts')) (await import('tsx/esm/api')).register();
await import(workerData.module);
