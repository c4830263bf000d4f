import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isPublicAddress } from '../../src/fetch/address-policy.js';
import { DEFAULT_FETCH_SETTINGS, fetchPage, type FetchSettings } from '../../src/fetch/fetch-page.js';
import { PageServer } from '../support/page-server.js';

const local: FetchSettings = { ...DEFAULT_FETCH_SETTINGS, allowPrivateAddresses: true };
const html = (type: string): boolean => type === 'text/html';
let server: PageServer;

beforeEach(async () => {
  server = await new PageServer().start();
});
afterEach(async () => {
  await server.stop();
});

describe('fetchPage', () => {
  it('fetches a page with its media type and charset', async () => {
    server.page('/story', '<html><body><p>Hello</p></body></html>', 'text/html; charset=ISO-8859-1');
    const page = await fetchPage(`${server.base}/story#top`, html, local);
    expect(page).toMatchObject({ url: `${server.base}/story`, mediaType: 'text/html', charset: 'iso-8859-1' });
    expect(page.body.toString()).toContain('<p>Hello</p>');
  });

  it('refuses loopback, by address and by a name that resolves to it, unless the setting allows it', async () => {
    server.page('/story', '<p>Hello</p>');
    const refused = { ...local, allowPrivateAddresses: false };
    await expect(fetchPage(`${server.base}/story`, html, refused)).rejects.toThrow(
      'refused: 127.0.0.1 is a private, loopback or reserved address',
    );
    const byName = server.base.replace('127.0.0.1', 'localhost');
    await expect(fetchPage(`${byName}/story`, html, refused)).rejects.toThrow(/refused: .* is a private, loopback/);
    expect(server.requests).toEqual([]);
  });

  it('follows up to 5 redirects and refuses a sixth', async () => {
    for (let hop = 0; hop < 6; hop++) {
      server.route(`/r${hop}`, (_request, response) => {
        response.writeHead(302, { location: hop === 5 ? '/end' : `/r${hop + 1}` });
        response.end();
      });
    }
    server.page('/end', '<p>End</p>');
    expect((await fetchPage(`${server.base}/r1`, html, local)).url).toBe(`${server.base}/end`);
    await expect(fetchPage(`${server.base}/r0`, html, local)).rejects.toThrow('more than 5 redirects');
  });

  it('gives up on a site that does not answer in time', async () => {
    server.route('/slow', () => undefined); // never answers
    server.route('/trickle', (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write('<p>');
    });
    const quick = { ...local, timeoutMs: 300 };
    await expect(fetchPage(`${server.base}/slow`, html, quick)).rejects.toThrow('the site did not answer within 0.3 s');
    await expect(fetchPage(`${server.base}/trickle`, html, quick)).rejects.toThrow('did not answer within 0.3 s');
  });

  it('refuses a body over the size limit, declared, streamed or decompressed', async () => {
    const big = Buffer.alloc(2 * 1024 * 1024, 'a');
    server.page('/declared', big);
    server.route('/streamed', (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html', 'transfer-encoding': 'chunked' });
      for (let index = 0; index < 32; index++) response.write(big.subarray(0, 64 * 1024));
      response.end();
    });
    server.route('/bomb', (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      response.end(gzipSync(Buffer.alloc(20 * 1024 * 1024)));
    });
    const small = { ...local, maxBytes: 1024 * 1024 };
    for (const path of ['/declared', '/streamed', '/bomb']) {
      await expect(fetchPage(`${server.base}${path}`, html, small)).rejects.toThrow('too large (over 1 MB)');
    }
  });

  it('checks the content type, the scheme and the status', async () => {
    server.page('/image', Buffer.from([0x89, 0x50]), 'image/png');
    await expect(fetchPage(`${server.base}/image`, html, local)).rejects.toThrow(
      'not a page or article file (content type image/png)',
    );
    await expect(fetchPage('ftp://example.com/a', html, local)).rejects.toThrow('only http and https links');
    await expect(fetchPage('not a link', html, local)).rejects.toThrow('not a valid link');
    await expect(fetchPage(`${server.base}/missing`, html, local)).rejects.toThrow('the site answered 404 Not Found');
  });
});

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.20.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '::',
    'fe80::1',
    'fd00:ec2::254',
    '::ffff:127.0.0.1',
    '::ffff:8.8.8.8',
    '224.0.0.1',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });
  it.each(['8.8.8.8', '93.184.216.34', '2606:4700:4700::1111'])('allows %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});
