// The long lists of a snapshot are written in parts of their own, none near Node's buffer
// limit, and read back part by part into the same lists.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineSnapshot } from '../../src/service/snapshot.js';
import { StatThread } from '../../src/corpus/stat-thread.js';
import { CorruptSnapshotError, encodeParts, unpackFilesAndExtractions } from '../../src/service/snapshot-parts.js';
import { decodeParts, type HashOffThread } from '../../src/service/snapshot-read-parts.js';

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
    expect(unpacked.extractions.list()).toEqual(snapshot.extractions);
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

describe('hashing the large parts on another thread', () => {
  // A passages part past the size that is offered to the other thread.
  const large = {
    ...snapshot,
    passages: { terms: Uint32Array.from({ length: 200_000 }, (_, index) => index) },
  } as unknown as EngineSnapshot;
  let folder: string;
  let file: string;
  let bytes: Buffer;
  let headerText: string;
  const threads: StatThread[] = [];
  const statThread = (): StatThread => {
    const thread = new StatThread();
    threads.push(thread);
    return thread;
  };
  const offThread =
    (thread: StatThread): HashOffThread =>
    (fd, offset, length, claims, slot) =>
      thread.hashRange(fd, offset, length, claims, slot);
  const decode = async (hash: HashOffThread): Promise<Awaited<ReturnType<typeof decodeParts>>> => {
    const handle = await open(file, 'r');
    try {
      return await decodeParts(handle, bytes.length, hash);
    } finally {
      await handle.close();
    }
  };

  beforeAll(async () => {
    const { header, parts } = await encodeParts(large);
    folder = mkdtempSync(path.join(tmpdir(), 'briefbot-parts-'));
    file = path.join(folder, 'snapshot.v8');
    bytes = Buffer.concat([header, ...parts]);
    headerText = Buffer.from(header).toString('utf8');
    writeFileSync(file, bytes);
  });
  afterAll(async () => {
    for (const thread of threads) await thread.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('reads the parts back as they were, the large ones hashed there', async () => {
    const thread = offThread(statThread());
    const hashes: Array<string | null> = [];
    const { values } = await decode(async (...request) => {
      const hash = await thread(...request);
      hashes.push(hash);
      return hash;
    });
    expect(values.passages).toEqual(large.passages);
    expect(hashes.length).toBeGreaterThan(0);
    // The thread's checksum is the one the header gives, so this thread did not hash them again.
    for (const hash of hashes.filter((hash) => hash !== null)) expect(headerText).toContain(`"${hash}"`);
  });

  it('checks the bytes itself when the other thread disagrees or cannot hash', async () => {
    const asked: number[] = [];
    const lying: HashOffThread = (_fd, _offset, length, claims, slot) => {
      asked.push(length);
      Atomics.store(claims, slot, 1);
      return Promise.resolve('0'.repeat(64));
    };
    expect((await decode(lying)).values.passages).toEqual(large.passages);
    expect(asked.length).toBeGreaterThan(0);
    expect((await decode(() => Promise.resolve(null))).values.passages).toEqual(large.passages);
  });

  it('finds a damaged large part', async () => {
    const damaged = Buffer.from(bytes);
    damaged[damaged.length - 1000]! ^= 1;
    writeFileSync(file, damaged);
    try {
      await expect(decode(offThread(statThread()))).rejects.toBeInstanceOf(CorruptSnapshotError);
    } finally {
      writeFileSync(file, bytes);
    }
  });
});
