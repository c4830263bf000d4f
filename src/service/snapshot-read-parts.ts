import type { FileHandle } from 'node:fs/promises';
import { deserialiseAligned } from './aligned-serialisation.js';
import {
  CHUNKED,
  CorruptSnapshotError,
  MAGIC,
  MAX_HEADER_BYTES,
  PART_NAMES,
  partChecksum,
  type PartName,
} from './snapshot-parts.js';

/**
 * A part's checksum (partChecksum) computed on another thread through the same open file (`fd`), unless that
 * thread finds `claims[slot]` taken (then null, at once); null too when it cannot. The thread
 * takes the slot (0 to 1) before it reads.
 */
export type HashOffThread = (
  fd: number,
  offset: number,
  length: number,
  claims: Int32Array,
  slot: number,
) => Promise<string | null>;

// A part this small is hashed here: the round trip would cost about as much.
const HASH_OFF_THREAD_FROM = 256 * 1024;
const CLAIMED_HERE = 2;

interface PlannedPart {
  pieceName: string;
  length: number;
  hash: string;
  offset: number;
  /** Reaches past the end of the file. */
  cut: boolean;
}

/**
 * Reads the parts one by one from an open snapshot file of `size` bytes, each read while the
 * one before it is checked and deserialised. Every part's hash is checked before it is
 * deserialised. Given `hashOffThread`, the large parts are offered to another thread from the
 * last one back while this thread works from the first one on: each is hashed once, by
 * whichever thread comes to it first, and this thread never waits on a part the other has not
 * begun (at a start that thread is still walking the corpus folder). Over Reuters, hashing
 * the 88 MB here was a tenth of a warm start.
 */
export async function decodeParts(
  handle: FileHandle,
  size: number,
  hashOffThread?: HashOffThread,
  deferred: ReadonlySet<PartName> = new Set(),
): Promise<{ values: Record<PartName, unknown>; header: Buffer }> {
  const head = await readAt(handle, 0, Math.min(size, MAGIC.length + MAX_HEADER_BYTES));
  if (head.subarray(0, MAGIC.length).toString('latin1') !== MAGIC)
    throw new CorruptSnapshotError('not a briefbot snapshot');
  const headerEnd = head.indexOf(0x0a, MAGIC.length);
  if (headerEnd < 0) throw new CorruptSnapshotError('no header');
  let entries: unknown;
  try {
    entries = (JSON.parse(head.subarray(MAGIC.length, headerEnd).toString('utf8')) as { parts?: unknown }).parts;
  } catch {
    throw new CorruptSnapshotError('the header cannot be read');
  }
  if (!Array.isArray(entries)) throw new CorruptSnapshotError('the header lists no parts');
  const planned = planParts(entries, headerEnd + 1, size);
  const claims = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, planned.length)));
  const offThread: Array<Promise<string | null> | null> = planned.map(() => null);
  if (hashOffThread)
    for (let slot = planned.length - 1; slot >= 0; slot--) {
      const { offset, length, cut } = planned[slot]!;
      if (!cut && length >= HASH_OFF_THREAD_FROM)
        offThread[slot] = hashOffThread(handle.fd, offset, length, claims, slot).catch(() => null);
    }
  const claimHere = (slot: number): boolean => Atomics.compareExchange(claims, slot, 0, CLAIMED_HERE) === 0;
  try {
    return {
      values: await readParts(handle, size, planned, entries.length, claimHere, offThread, deferred),
      header: head.subarray(0, headerEnd + 1),
    };
  } finally {
    // The other thread reads through this file's descriptor: it is left nothing to begin, and
    // what it began is waited for before the file is closed.
    for (let slot = 0; slot < planned.length; slot++) if (!claimHere(slot)) await offThread[slot];
  }
}

/** The parts the header lists, with their offsets, as far as its entries are whole. */
function planParts(entries: unknown[], start: number, size: number): PlannedPart[] {
  const planned: PlannedPart[] = [];
  let offset = start;
  for (const entry of entries) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Number.isSafeInteger(entry[1]) || entry[1] < 0) break;
    const [pieceName, length, hash] = entry as [string, number, string];
    planned.push({ pieceName, length, hash: String(hash), offset, cut: offset + length > size });
    offset += length;
  }
  return planned;
}

async function readParts(
  handle: FileHandle,
  size: number,
  planned: readonly PlannedPart[],
  entryCount: number,
  claimHere: (slot: number) => boolean,
  offThread: ReadonlyArray<Promise<string | null> | null>,
  deferred: ReadonlySet<PartName>,
): Promise<Record<PartName, unknown>> {
  const values = {} as Record<PartName, unknown>;
  const lists = new Map<PartName, unknown[]>();
  const chunkCounts = new Map<PartName, number>();
  let expected = 0;
  let previous: ReadPart | null = null;
  const take = async (read: ReadPart): Promise<void> => {
    const fromThere = offThread[read.slot] && !claimHere(read.slot) ? await offThread[read.slot] : null;
    if (read.index === undefined && deferred.has(read.name)) {
      checkHash(read, fromThere);
      values[read.name] = new DeferredPart(read);
      return;
    }
    const value = checkAndDeserialize(read, fromThere);
    if (read.index === undefined) values[read.name] = value;
    else lists.get(read.name)!.push(value);
  };
  for (let slot = 0; slot < entryCount; slot++) {
    const part = planned[slot];
    if (!part) throw new CorruptSnapshotError('a header entry is damaged');
    const { pieceName, length, hash, offset } = part;
    const [name, index] = pieceName.split('.') as [PartName, string | undefined];
    if (name !== PART_NAMES[expected] && name !== PART_NAMES[expected + 1])
      throw new CorruptSnapshotError('the header lists other parts');
    if (name !== PART_NAMES[expected]) expected++;
    if (index !== undefined && !lists.has(name)) lists.set(name, []);
    if (
      CHUNKED.has(name) !== (index !== undefined) ||
      (index !== undefined && Number(index) !== (chunkCounts.get(name) ?? 0))
    )
      throw new CorruptSnapshotError(`the header's entry for ${pieceName} is damaged`);
    if (index !== undefined) chunkCounts.set(name, Number(index) + 1);
    if (part.cut) throw new CorruptSnapshotError(`the ${pieceName} part is cut short`);
    const reading = readAt(handle, offset, length);
    // A read that fails while the part before is taken is awaited below, not left unhandled.
    reading.catch(() => undefined);
    if (previous) await take(previous);
    previous = { pieceName, name, index, part: await reading, hash, slot };
  }
  if (previous) await take(previous);
  if (PART_NAMES.some((name) => !(name in values) && !lists.has(name)) || expected !== PART_NAMES.length - 1)
    throw new CorruptSnapshotError('the header lists other parts');
  const last = planned[planned.length - 1];
  if ((last ? last.offset + last.length : -1) !== size) throw new CorruptSnapshotError('bytes after the last part');
  // Still packed, each a list of parts: unpacked (unpackFilesAndExtractions) once the snapshot is
  // known to be of this version.
  values.files = lists.get('files') ?? [];
  values.extractions = lists.get('extractions') ?? [];
  return values;
}

interface ReadPart {
  pieceName: string;
  name: PartName;
  index: string | undefined;
  part: Buffer;
  /** The hash the header gives. */
  hash: string;
  slot: number;
}

/**
 * A hash from the other thread that disagrees (or none) is computed again here over the bytes
 * this thread read, so a failure there never moves a good snapshot aside. Typed arrays come
 * back as views into the part (aligned-serialisation.ts); every one a start keeps is copied by
 * its restore (copyIntList, PassageTable.fromSnapshot, the posting lists, the title terms), so
 * each part's buffer is let go once its part is restored. A restore that kept a view would
 * keep its whole part alive: the external memory at rest that scripts/profile-warm-start.ts
 * prints would grow by the part's size.
 */
function checkAndDeserialize(read: ReadPart, fromThere: string | null | undefined): unknown {
  checkHash(read, fromThere);
  return deserialise(read);
}

function checkHash({ pieceName, part, hash }: ReadPart, fromThere: string | null | undefined): void {
  if (fromThere !== hash && partChecksum(part) !== hash)
    throw new CorruptSnapshotError(`the ${pieceName} part does not match its checksum`);
}

function deserialise({ pieceName, part }: ReadPart): unknown {
  try {
    return deserialiseAligned(part);
  } catch (error) {
    throw new CorruptSnapshotError(`the ${pieceName} part cannot be read (${(error as Error).message})`);
  }
}

/**
 * A part whose checksum held, deserialised when first read: a start that serves before its
 * tables are restored (restore-tables.ts) leaves the largest parts' tens of milliseconds of
 * deserialising, and the collections of what they make, to the slices after it.
 */
export class DeferredPart {
  private read: ReadPart | null;
  private result: unknown;

  constructor(read: ReadPart) {
    this.read = read;
  }

  /** The part's value (deserialised on the first call; a CorruptSnapshotError if it cannot be). */
  value(): unknown {
    if (this.read) {
      this.result = deserialise(this.read);
      // The bytes go with the last view a restore keeps of them.
      this.read = null;
    }
    return this.result;
  }
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const bytes = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(bytes, done, length - done, position + done);
    if (bytesRead === 0) throw new CorruptSnapshotError('shorter than its size');
    done += bytesRead;
  }
  return bytes;
}
