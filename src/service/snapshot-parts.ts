import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import type { FileRecord } from '../corpus/article.js';
import type { ArticleExtraction, PeopleDirectory } from '../extract/types.js';
import type { EngineSnapshot } from './snapshot.js';
import { serialiseAligned } from './aligned-serialisation.js';
import { packFileRecords, unpackFileRecords } from './snapshot-articles.js';
import { articlesOfFiles, packExtractions } from './snapshot-extractions.js';
import { SavedExtractions } from './saved-extractions.js';
import { packPeople, unpackPeople } from './snapshot-people.js';

/**
 * On disk: a magic line, a header line naming each part with its length and CRC-32, then the
 * parts, each serialised on its own. Every byte is covered by the header's checks or a part's
 * checksum, so a damaged file is recognised before anything is built from it. The long lists (files,
 * extractions) are cut into parts of CHUNK items: no part comes near Node's 2 GiB buffer limit,
 * and serialising one holds the event loop for tens of milliseconds, with a turn between parts.
 * Extractions are stored packed, their text as spans of the articles' paragraphs
 * (snapshot-extractions.ts), and the articles' extra fields as JSON text (snapshot-articles.ts);
 * unpackFilesAndExtractions gives both back (the extractions after the start: saved-extractions.ts).
 */
export const MAGIC = 'briefbot-snapshot\n';
export const PART_NAMES = ['meta', 'files', 'skipped', 'extractions', 'people', 'passages', 'answerers'] as const;
export type PartName = (typeof PART_NAMES)[number];
export const CHUNKED: ReadonlySet<PartName> = new Set(['files', 'extractions']);
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

/**
 * A part's checksum, against damage (a torn write, a bad disk), not tampering: the cache
 * folder is the bot's own. CRC-32 takes a third of SHA-256's time here (about 0.3 ms a megabyte),
 * and a start checks every part of the snapshot (88 MB over Reuters) before it serves.
 */
export function partChecksum(bytes: Uint8Array): string {
  return crc32(bytes).toString(16).padStart(8, '0');
}

/** The header and the parts, serialised one at a time with a turn of the event loop between them. */
export async function encodeParts(snapshot: EngineSnapshot): Promise<{ header: Buffer; parts: Buffer[] }> {
  const values: Record<PartName, unknown> = {
    meta: {
      version: snapshot.version,
      codeVersion: snapshot.codeVersion,
      corpusDir: snapshot.corpusDir,
      passageCount: snapshot.passageCount,
    },
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
      entries.push([pieceName, bytes.length, partChecksum(bytes)]);
      parts.push(bytes);
      await nextTurn();
    }
  }
  return { header: Buffer.from(`${MAGIC}${JSON.stringify({ parts: entries })}\n`), parts };
}

/**
 * The file records, extractions and people of a decoded snapshot, the people unpacked against
 * the files' articles (only when given), the extractions ready to be (saved-extractions.ts).
 */
export function unpackFilesAndExtractions(
  files: unknown,
  chunks: unknown,
  people?: unknown,
): { files: FileRecord[]; extractions: SavedExtractions; people?: PeopleDirectory } {
  if (!Array.isArray(chunks)) throw new CorruptSnapshotError('the extractions part is not a list');
  if (!Array.isArray(files)) throw new CorruptSnapshotError('the files part is not a list');
  try {
    const records = unpackFileRecords(files);
    const articles = articlesOfFiles(records);
    const extractions = new SavedExtractions(chunks, articles);
    return { files: records, extractions, ...(people === undefined ? {} : { people: unpackPeople(people, articles) }) };
  } catch (error) {
    throw new CorruptSnapshotError(`the files, extractions or people cannot be read (${(error as Error).message})`);
  }
}
