import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addToCorpus, type AddOptions, type AddResult } from '../../src/corpus/add/add-article.js';
import { DEFAULT_FETCH_SETTINGS } from '../../src/fetch/fetch-page.js';
import type { BriefingService } from '../../src/service/briefing-service.js';
import { createBriefingService } from '../../src/service/create-briefing-service.js';
import { PageServer } from '../support/page-server.js';
import { FakeBriefingService } from '../support/fake-briefing-service.js';
import { REINDEX_ELSEWHERE } from '../../src/storage/postgres/postgres-briefing-service.js';
import { storyPage } from '../support/story-pages.js';

let server: PageServer;
let work: string;
let corpusDir: string;
let service: BriefingService;
let options: AddOptions;

beforeAll(async () => {
  server = await new PageServer().start();
  server.page('/news/2024/05/02/port-strike', storyPage({ title: 'Dockers end port strike after pay deal' }));
  server.page('/copy', storyPage({ title: 'Dockers end port strike after pay deal', extraMarkup: '<nav>Menu</nav>' }));
  server.page('/image', Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png');
  server.page('/empty', '<html><body><img src="a.png"></body></html>');
  server.route('/moved', (_request, response) => {
    response.writeHead(301, { location: '/news/2024/05/02/port-strike' });
    response.end();
  });
});
afterAll(async () => {
  await server.stop();
});
beforeEach(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'briefbot-add-'));
  corpusDir = path.join(work, 'corpus');
  cpSync('corpus', corpusDir, { recursive: true });
  service = await createBriefingService({ corpusDir });
  options = { corpusDir, fetch: { ...DEFAULT_FETCH_SETTINGS, allowPrivateAddresses: true }, now: () => new Date('2024-05-03T08:00:00Z') };
});
afterEach(async () => {
  await service.close?.();
  rmSync(work, { recursive: true, force: true });
});

function filesUnder(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort() : [];
}

function added(result: AddResult): Extract<AddResult, { kind: 'added' }> {
  if (result.kind !== 'added') throw new Error(`not added: ${JSON.stringify(result)}`);
  return result;
}

describe('addToCorpus', () => {
  it('fetches a page, saves it under added/ with its link and time, reloads, and reports what it read', async () => {
    const url = `${server.base}/news/2024/05/02/port-strike`;
    const result = added(await addToCorpus(service, { kind: 'link', url }, options));
    expect(result.path).toBe('added/127-0-0-1/dockers-end-port-strike-after-pay-deal.html');
    expect(result.article).toMatchObject({
      id: 'added/127-0-0-1/dockers-end-port-strike-after-pay-deal',
      title: 'Dockers end port strike after pay deal',
      published: '2024-05-02',
      source: 'Harbour Times',
      url,
    });
    expect(result.article.extra.fetchedAt).toBe('2024-05-03T08:00:00.000Z');
    expect(result.people).toContain('Maria Okafor');
    expect(service.article(result.article.id)).toBeDefined();
    expect((await service.ask('search', 'pay deal')).answers.length).toBeGreaterThan(0);
    const saved = readFileSync(path.join(corpusDir, result.path), 'utf8');
    expect(saved.startsWith(`<!-- briefbot fetched-url="${url}" fetched-at="2024-05-03T08:00:00.000Z" -->`)).toBe(true);
  });

  it('in a process serving from PostgreSQL, refuses and says how to add, writing nothing', async () => {
    const before = filesUnder(corpusDir);
    const served = new FakeBriefingService();
    served.reloadElsewhere = REINDEX_ELSEWHERE;
    const url = `${server.base}/news/2024/05/02/port-strike`;
    expect(await addToCorpus(served, { kind: 'link', url }, options)).toEqual({
      kind: 'refused',
      reason: REINDEX_ELSEWHERE,
    });
    expect(filesUnder(corpusDir)).toEqual(before);
    expect(served.reloads).toBe(0);
  });

  it('says a link or a body is already there and adds nothing', async () => {
    const url = `${server.base}/news/2024/05/02/port-strike`;
    added(await addToCorpus(service, { kind: 'link', url }, options));
    const before = filesUnder(path.join(corpusDir, 'added'));
    const requests = server.requests.length;

    const again = await addToCorpus(service, { kind: 'link', url: `${url}?utm_source=chat#top` }, options);
    expect(again).toMatchObject({ kind: 'duplicate', by: 'link' });
    expect(server.requests.length).toBe(requests); // known link: not even fetched

    const redirected = await addToCorpus(service, { kind: 'link', url: `${server.base}/moved` }, options);
    expect(redirected).toMatchObject({ kind: 'duplicate', by: 'link' });

    const copy = await addToCorpus(service, { kind: 'link', url: `${server.base}/copy` }, options);
    expect(copy).toMatchObject({ kind: 'duplicate', by: 'content' });
    expect(filesUnder(path.join(corpusDir, 'added'))).toEqual(before);
  });

  it('refuses private addresses unless the setting allows them, and pages that are no article', async () => {
    const strict = { ...options, fetch: DEFAULT_FETCH_SETTINGS };
    expect(await addToCorpus(service, { kind: 'link', url: `${server.base}/copy` }, strict)).toEqual({
      kind: 'refused',
      reason: 'refused: 127.0.0.1 is a private, loopback or reserved address',
    });
    expect(await addToCorpus(service, { kind: 'link', url: `${server.base}/image` }, options)).toEqual({
      kind: 'refused',
      reason: 'not a page or article file (content type image/png)',
    });
    expect(await addToCorpus(service, { kind: 'link', url: `${server.base}/empty` }, options)).toEqual({
      kind: 'refused',
      reason: 'no article text found in the page',
    });
    expect(filesUnder(path.join(corpusDir, 'added'))).toEqual([]);
  });

  it('adds a local file in a format the loader reads, and refuses other files', async () => {
    const file = path.join(work, 'harbour.md');
    writeFileSync(
      file,
      '---\ntitle: Harbour dredging approved\ndate: 2024-04-30\nsource: Coast Wire\n---\n\nThe harbour board approved dredging on Tuesday, chair Ines Varga said.\n',
    );
    const result = added(await addToCorpus(service, { kind: 'file', path: file }, options));
    expect(result.path).toBe('added/files/harbour-dredging-approved.md');
    expect(result.article).toMatchObject({ title: 'Harbour dredging approved', published: '2024-04-30' });
    const binary = path.join(work, 'photo.jpg');
    writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff]));
    expect((await addToCorpus(service, { kind: 'file', path: binary }, options)).kind).toBe('refused');
  });
});
