// The long lists of a snapshot are written in parts of their own, none near Node's buffer
// limit, and read back part by part into the same lists.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { EngineSnapshot } from '../../src/service/snapshot.js';
import {
  CorruptSnapshotError,
  decodeParts,
  encodeParts,
  unpackFilesAndExtractions,
} from '../../src/service/snapshot-parts.js';

const snapshot = {
  version: 6,
  codeVersion: 'test',
  corpusDir: '/corpus',
  files: Array.from({ length: 2500 }, (_, index) => ({
    path: `f${index}.txt`,
    size: index,
    modifiedMs: index / 3,
    articles: null,
    skipReason: 'empty',
  })),
  skipped: [],
  extractions: Array.from({ length: 1001 }, (_, index) => ({ articleId: `a${index}`, people: [] })),
  people: { persons: [], byArticleName: {} },
  passages: { terms: new Uint32Array([1, 2, 3]) },
  answerers: {},
} as unknown as EngineSnapshot;

it('cuts the long lists into parts and reads them back as they were', async () => {
  const { header, parts } = await encodeParts(snapshot);
  const names = (JSON.parse(header.toString('utf8').split('\n')[1]!) as { parts: string[][] }).parts.map(
    ([name]) => name,
  );
  expect(names).toEqual([
    'meta',
    'files.0',
    'files.1',
    'files.2',
    'skipped',
    'extractions.0',
    'extractions.1',
    'people',
    'passages',
    'answerers',
  ]);
  const folder = mkdtempSync(path.join(tmpdir(), 'briefbot-parts-'));
  try {
    const file = path.join(folder, 'snapshot.v8');
    const bytes = Buffer.concat([header, ...parts]);
    writeFileSync(file, bytes);
    const handle = await open(file, 'r');
    const { values } = await decodeParts(handle, bytes.length);
    await handle.close();
    const unpacked = unpackFilesAndExtractions(values.files, values.extractions);
    expect(unpacked.files).toEqual(snapshot.files);
    expect(unpacked.extractions).toEqual(snapshot.extractions);
    expect(values.passages).toEqual(snapshot.passages);

    // A part left out is noticed, not read as a shorter list.
    const torn = header.toString('utf8').replace(/\["files\.1",\d+,"\w+"\],/, '');
    writeFileSync(file, Buffer.concat([Buffer.from(torn), ...parts.filter((_, index) => index !== 2)]));
    const tornHandle = await open(file, 'r');
    await expect(decodeParts(tornHandle, (await tornHandle.stat()).size)).rejects.toBeInstanceOf(CorruptSnapshotError);
    await tornHandle.close();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
