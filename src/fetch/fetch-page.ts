import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { isPublicAddress } from './address-policy.js';

export interface FetchSettings {
  /** Loopback and private addresses too: for tests against a local server only. */
  allowPrivateAddresses: boolean;
  /** The whole fetch, redirects and body included. */
  timeoutMs: number;
  /** The body, after decompression. */
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_FETCH_SETTINGS: FetchSettings = {
  allowPrivateAddresses: false,
  timeoutMs: 10_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
};

export interface FetchedPage {
  /** Where the body came from, after redirects. */
  url: string;
  /** The media type, lower-cased, without parameters ("text/html"). */
  mediaType: string;
  /** The charset the response declared, if any. */
  charset: string | null;
  body: Buffer;
}

/** A fetch that was refused or failed, with a reason fit to show to the person who asked. */
export class FetchRefusal extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'FetchRefusal';
  }
}

const USER_AGENT = 'briefbot/0.1 (+article fetcher; one page at a time)';

/**
 * Fetches one page over http(s), on hostile-ground rules: no address that is not public (checked
 * on every hop, after DNS, and on the socket itself, so a name that resolves to 127.0.0.1 or a
 * redirect to 169.254.169.254 is refused), at most `maxRedirects` redirects, `timeoutMs` for
 * everything, `maxBytes` of body after decompression, and only the media types `accept` takes.
 */
export async function fetchPage(
  address: string,
  accept: (mediaType: string) => boolean,
  settings: FetchSettings = DEFAULT_FETCH_SETTINGS,
): Promise<FetchedPage> {
  const controller = new AbortController();
  const seconds = Math.round(settings.timeoutMs / 100) / 10;
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
  try {
    let current = parseTarget(address);
    for (let redirects = 0; ; redirects++) {
      checkHost(current, settings);
      const response = await request(current, settings, controller.signal);
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume();
        if (redirects >= settings.maxRedirects) throw new FetchRefusal(`more than ${settings.maxRedirects} redirects`);
        current = parseTarget(new URL(response.headers.location, current).href);
        continue;
      }
      if (status < 200 || status >= 300) {
        response.resume();
        throw new FetchRefusal(
          `the site answered ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`,
        );
      }
      const [mediaType = '', ...parameters] = (response.headers['content-type'] ?? '').split(';');
      const type = mediaType.trim().toLowerCase();
      if (!accept(type)) {
        response.resume();
        throw new FetchRefusal(`not a page or article file (content type ${type || 'unknown'})`);
      }
      const declared = Number(response.headers['content-length']);
      if (Number.isFinite(declared) && declared > settings.maxBytes) {
        response.resume();
        throw new FetchRefusal(`too large (over ${megabytes(settings.maxBytes)} MB)`);
      }
      const charset = parameters.map((part) => /^\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(part)?.[1]).find(Boolean);
      const body = await readBody(decode(response), settings.maxBytes);
      return { url: current.href, mediaType: type, charset: charset?.toLowerCase() ?? null, body };
    }
  } catch (error) {
    if (controller.signal.aborted) throw new FetchRefusal(`the site did not answer within ${seconds} s`);
    throw toRefusal(error);
  } finally {
    clearTimeout(timer);
  }
}

function parseTarget(address: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new FetchRefusal('not a valid link');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchRefusal('only http and https links');
  if (url.username || url.password) throw new FetchRefusal('links with a user name or password are refused');
  url.hash = '';
  return url;
}

/** A literal address never reaches the lookup: it is judged here. */
function checkHost(url: URL, settings: FetchSettings): void {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !settings.allowPrivateAddresses && !isPublicAddress(host)) throw refusedAddress(host);
}

function refusedAddress(address: string): FetchRefusal {
  return new FetchRefusal(`refused: ${address} is a private, loopback or reserved address`);
}

/** DNS, with every address of the name judged before one is connected to. */
function guardedLookup(settings: FetchSettings): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = settings.allowPrivateAddresses
        ? undefined
        : addresses.find((entry) => !isPublicAddress(entry.address));
      if (refused || addresses.length === 0) {
        return callback(refused ? refusedAddress(refused.address) : new Error('no address'), '', 0);
      }
      if (options.all) return (callback as unknown as (error: null, all: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

function request(url: URL, settings: FetchSettings, signal: AbortSignal): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const outgoing = client.request(url, {
      method: 'GET',
      signal,
      lookup: guardedLookup(settings),
      headers: {
        'user-agent': USER_AGENT,
        accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,application/json;q=0.8',
        'accept-encoding': 'gzip, deflate, br',
      },
    });
    // The last word: whatever the path to it, the connected address must be allowed.
    outgoing.on('socket', (socket) => {
      socket.once('connect', () => {
        const remote = socket.remoteAddress ?? '';
        if (!settings.allowPrivateAddresses && !isPublicAddress(remote)) outgoing.destroy(refusedAddress(remote));
      });
    });
    outgoing.once('response', resolve);
    outgoing.once('error', reject);
    outgoing.end();
  });
}

function decode(response: IncomingMessage): Readable {
  const encoding = String(response.headers['content-encoding'] ?? '').toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return response.pipe(createGunzip());
  if (encoding === 'deflate') return response.pipe(createInflate());
  if (encoding === 'br') return response.pipe(createBrotliDecompress());
  return response;
}

async function readBody(stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      stream.destroy();
      throw new FetchRefusal(`too large (over ${megabytes(maxBytes)} MB)`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function megabytes(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

function toRefusal(error: unknown): FetchRefusal {
  if (error instanceof FetchRefusal) return error;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new FetchRefusal("the site's name could not be found");
  if (code === 'ECONNREFUSED') return new FetchRefusal('the site refused the connection');
  if (code === 'ECONNRESET' || code === 'EPIPE') return new FetchRefusal('the site closed the connection');
  if (/CERT|SSL|TLS/i.test(code)) return new FetchRefusal("the site's certificate is not valid");
  if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR' || code === 'ERR_PADDING_1')
    return new FetchRefusal('the page could not be decompressed');
  return new FetchRefusal(`the page could not be fetched (${message})`);
}
