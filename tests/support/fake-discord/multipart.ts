import type { Json } from './json.js';

/** One part of a multipart/form-data body. */
interface FormPart {
  name: string;
  filename: string | null;
  contentType: string | null;
  data: Buffer;
}

function parseParts(body: Buffer, boundary: string): FormPart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: FormPart[] = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const headerStart = start + delimiter.length;
    if (body.subarray(headerStart, headerStart + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, headerStart);
    if (next === -1) break;
    const part = body.subarray(headerStart + 2, next - 2); // past the CRLF after the delimiter, before the CRLF ahead of the next
    const split = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, split).toString('utf8');
    const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? '';
    parts.push({
      name: /\bname="([^"]*)"/.exec(disposition)?.[1] ?? '',
      filename: /\bfilename="([^"]*)"/.exec(disposition)?.[1] ?? null,
      contentType: /content-type:\s*([^\r\n]*)/i.exec(headers)?.[1] ?? null,
      data: part.subarray(split + 4),
    });
    start = next;
  }
  return parts;
}

/**
 * A message sent with files, as discord.js sends it: `payload_json` and `files[n]` parts. The
 * JSON body is returned with each attachment of `attachments` (its own or under `data`, for an
 * interaction callback) given the file's `size`, `content_type` and, for the tests, its text as
 * `content`. Throws a list of problems where Discord would refuse (400 / 50035).
 */
export function readMultipartBody(body: Buffer, contentType: string): { json: Json; problems: string[] } {
  const boundary = /boundary="?([^";]+)"?/.exec(contentType)?.[1];
  if (!boundary) return { json: {}, problems: ['multipart body without a boundary'] };
  const parts = parseParts(body, boundary);
  const payload = parts.find((part) => part.name === 'payload_json');
  const json = (payload ? JSON.parse(payload.data.toString('utf8')) : {}) as Json;
  const message = (json.data && typeof json.data === 'object' ? json.data : json) as Json;
  const attachments = (message.attachments ?? []) as Json[];
  const problems: string[] = [];
  const files = parts.filter((part) => /^files\[\d+\]$/.test(part.name));
  if (files.length > 10) problems.push(`files: ${files.length} > 10`);
  for (const file of files) {
    const index = Number(/\d+/.exec(file.name)![0]);
    const attachment = attachments.find((candidate) => Number(candidate.id) === index);
    if (!attachment) {
      problems.push(`${file.name}: no attachment with id ${index} in payload_json`);
      continue;
    }
    if (!file.filename) problems.push(`${file.name}: no filename`);
    if (file.data.length > 10 * 1024 * 1024) problems.push(`${file.name}: ${file.data.length} bytes > 10 MiB`);
    attachment.filename ??= file.filename;
    attachment.size = file.data.length;
    attachment.content_type = file.contentType ?? 'application/octet-stream';
    attachment.content = file.data.toString('utf8');
  }
  return { json, problems };
}
