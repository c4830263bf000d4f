import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import type { FileRecord } from '../corpus/article.js';
import type { ArticleExtraction, PeopleDirectory } from '../extract/types.js';
import type { EngineSnapshot } from './snapshot.js';
import { deserialiseAligned, serialiseAligned } from './aligned-serialisation.js';
import { packFileRecords, unpackFileRecords } from './snapshot-articles.js';
import { articlesOfFiles, packExtractions, unpackExtractions } from './snapshot-extractions.js';
import { packPeople, unpackPeople } from './snapshot-people.js';

/**
 * On disk: a magic line, a header line naming each part with its length and sha256, then the
 * parts, each serialised on its own. Every byte is covered by the header's checks or a part's
 * hash, so a damaged file is recognised before anything is built from it. The long lists (files,
 * extractions) are cut into parts of CHUNK items: no part comes near Node's 2 GiB buffer limit,
 * and serialising one holds the event loop for tens of milliseconds, with a turn between parts.
 * Extractions are stored packed, their text as spans of the articles' paragraphs
 * (snapshot-extractions.ts), and the articles' extra fields as JSON text (snapshot-articles.ts);
 * unpackFilesAndExtractions gives both back.
 */
export const MAGIC = 'briefbot-snapshot\n';
const PART_NAMES = ['meta', 'files', 'skipped', 'extractions', 'people', 'passages', 'answerers'] as const;
type PartName = (typeof PART_NAMES)[number];
const CHUNKED: ReadonlySet<PartName> = new Set(['files', 'extractions']);
const CHUNK = 1000;
export const MAX_HEADER_BYTES = 1024 * 1024;

export class CorruptSnapshotError extends Error {}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * On this thread. Web Crypto's digest runs on libuv's thread pool but first copies its input on
 * this thread, which took as long as hashing here does (about 0.7 ms a megabyte with the CPU's
 * SHA instructions, 20 ms for a 30 MB part), and then took a core from the start for the hash.
 */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The header and the parts, serialised one at a time with a turn of the event loop between them. */
export async function encodeParts(snapshot: EngineSnapshot): Promise<{ header: Buffer; parts: Buffer[] }> {
  const values: Record<PartName, unknown> = {
    meta: { version: snapshot.version, codeVersion: snapshot.codeVersion, corpusDir: snapshot.corpusDir },
    files: snapshot.files,
    skipped: snapshot.skipped,
    extractions: snapshot.extractions,
    people: packPeople(snapshot.people, articlesOfFiles(snapshot.files)),
    passages: snapshot.passages,
    answerers: snapshot.answerers,
  };
  const entries: Array<[string, number, string]> = [];
  const parts: Buffer[] = [];
  for (const name of PART_NAMES) {
    const value = values[name];
    const pieces: Array<[string, unknown]> = [];
    if (CHUNKED.has(name)) {
      const list = value as unknown[];
      for (let start = 0, index = 0; start < list.length || index === 0; start += CHUNK, index++) {
        const chunk = list.slice(start, start + CHUNK);
        pieces.push([
          `${name}.${index}`,
          name === 'extractions'
            ? packExtractions(chunk as ArticleExtraction[], articlesOfFiles(snapshot.files))
            : packFileRecords(chunk as FileRecord[]),
        ]);
      }
    } else pieces.push([name, value]);
    for (const [pieceName, piece] of pieces) {
      const bytes = serialiseAligned(piece);
      entries.push([pieceName, bytes.length, sha256(bytes)]);
      parts.push(bytes);
      await nextTurn();
    }
  }
  return { header: Buffer.from(`${MAGIC}${JSON.stringify({ parts: entries })}\n`), parts };
}

/** Reads the parts one by one from an open snapshot file of `size` bytes. */
export async function decodeParts(
  handle: FileHandle,
  size: number,
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
  const values = {} as Record<PartName, unknown>;
  const lists = new Map<PartName, unknown[]>();
  const chunkCounts = new Map<PartName, number>();
  let offset = headerEnd + 1;
  let expected = 0;
  // Each part is read while the one before it is checked and deserialised.
  let previous: ReadPart | null = null;
  const take = (read: ReadPart): void => {
    const value = checkAndDeserialize(read);
    if (read.index === undefined) values[read.name] = value;
    else lists.get(read.name)!.push(value);
  };
  for (const entry of entries as unknown[]) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Number.isSafeInteger(entry[1]) || entry[1] < 0)
      throw new CorruptSnapshotError('a header entry is damaged');
    const [pieceName, length, hash] = entry as [string, number, string];
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
    if (offset + length > size) throw new CorruptSnapshotError(`the ${pieceName} part is cut short`);
    const reading = readAt(handle, offset, length);
    // A read that fails while the part before is taken is awaited below, not left unhandled.
    reading.catch(() => undefined);
    offset += length;
    if (previous) take(previous);
    previous = { pieceName, name, index, part: await reading, hash };
  }
  if (previous) take(previous);
  if (PART_NAMES.some((name) => !(name in values) && !lists.has(name)) || expected !== PART_NAMES.length - 1)
    throw new CorruptSnapshotError('the header lists other parts');
  if (offset !== size) throw new CorruptSnapshotError('bytes after the last part');
  // Still packed, each a list of parts: unpacked (unpackFilesAndExtractions) once the snapshot is
  // known to be of this version.
  values.files = lists.get('files') ?? [];
  values.extractions = lists.get('extractions') ?? [];
  return { values, header: head.subarray(0, headerEnd + 1) };
}

interface ReadPart {
  pieceName: string;
  name: PartName;
  index: string | undefined;
  part: Buffer;
  /** The hash the header gives. */
  hash: string;
}

function checkAndDeserialize({ pieceName, part, hash }: ReadPart): unknown {
  if (sha256(part) !== hash) throw new CorruptSnapshotError(`the ${pieceName} part does not match its checksum`);
  try {
    return deserializePart(part);
  } catch (error) {
    throw new CorruptSnapshotError(`the ${pieceName} part cannot be read (${(error as Error).message})`);
  }
}

/**
 * The file records, extractions and people of a decoded snapshot, the extractions and people
 * unpacked against the files' articles (people only when given).
 */
export function unpackFilesAndExtractions(
  files: unknown,
  chunks: unknown,
  people?: unknown,
): { files: FileRecord[]; extractions: ArticleExtraction[]; people?: PeopleDirectory } {
  if (!Array.isArray(chunks)) throw new CorruptSnapshotError('the extractions part is not a list');
  if (!Array.isArray(files)) throw new CorruptSnapshotError('the files part is not a list');
  try {
    const records = unpackFileRecords(files);
    const articles = articlesOfFiles(records);
    const extractions = chunks.flatMap((chunk) => unpackExtractions(chunk, articles));
    return { files: records, extractions, ...(people === undefined ? {} : { people: unpackPeople(people, articles) }) };
  } catch (error) {
    throw new CorruptSnapshotError(`the files, extractions or people cannot be read (${(error as Error).message})`);
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

/**
 * Typed arrays come back as views into the part's buffer (aligned-serialisation.ts): copying
 * each out into fresh memory cost about 2 ms a megabyte in page faults, and every typed array a
 * start keeps is copied again anyway: the restores copy their lists with room to grow
 * (copyIntList, PassageTable.fromSnapshot, the posting lists), the unpacked parts' streams and
 * flexsearch's export are read once and dropped. So they stay views, and each part's buffer is
 * let go once its part is restored. A restore that kept a typed array as it came would keep its
 * whole part alive: the external memory at rest that scripts/profile-warm-start.ts prints
 * would grow by the part's size.
 */
function deserializePart(bytes: Buffer): unknown {
  return deserialiseAligned(bytes);
}
