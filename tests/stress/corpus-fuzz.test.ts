import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, unlinkSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toArticleId } from '../../src/corpus/article-id.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { createBriefingService } from '../../src/service/create-briefing-service.js';

let root: string;
const GOOD = (index: number): string =>
  `Council approves budget number ${index}\n\nThe city council approved budget number ${index} on Tuesday, mayor Ana Ruiz said.\n`;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'briefbot-fuzz-'));
  for (let index = 0; index < 20; index++) writeFileSync(path.join(root, `good-${index}.txt`), GOOD(index));
  writeFileSync(path.join(root, 'empty.txt'), '');
  writeFileSync(path.join(root, 'binary.txt'), Buffer.from(Array.from({ length: 4096 }, (_, index) => index % 256)));
  writeFileSync(path.join(root, 'latin1.txt'), Buffer.from('Caf\xe9 au lait, d\xe9j\xe0 vu', 'latin1'));
  writeFileSync(path.join(root, 'truncated.txt'), Buffer.from([0x54, 0x65, 0x78, 0x74, 0xe2, 0x82]));
  const huge = path.join(root, 'huge.txt');
  writeFileSync(huge, '');
  truncateSync(huge, 50 * 1024 * 1024);
  writeFileSync(
    path.join(root, 'scripts.html'),
    `<html><head><meta property="og:title" content="Scripted page"></head><body>${'<script>document.write("Share the news")</script>'.repeat(2000)}<article><p>The harbour reopened on Friday, officials said.</p></article><script>${'x'.repeat(100000)}</script></body></html>`,
  );
  const story =
    '<p>The ferry resumed its sailings on Saturday after the storm, the island council said in a statement.</p>';
  writeFileSync(
    path.join(root, 'nested.html'),
    `<html><body>${'<div>'.repeat(100_000)}${story}${'</div>'.repeat(100_000)}`,
  );
  writeFileSync(path.join(root, 'unclosed.html'), `<html><body>${'<table><tr><td><div><span>'.repeat(20_000)}${story}`);
  writeFileSync(path.join(root, 'tags.html'), `<html><body>${'<b><i></i></b>'.repeat(700_000)}</body></html>`);
  writeFileSync(
    path.join(root, 'broken.html'),
    `<html><body><p>Hi <b>there<p>${story}</i></table><<<>>><script>while(1){}`,
  );
  let deep = root;
  for (let level = 0; level < 60; level++) deep = path.join(deep, `level-${level}`);
  mkdirSync(deep, { recursive: true });
  writeFileSync(path.join(deep, 'deep.txt'), GOOD(999));
  symlinkSync(root, path.join(root, 'level-0', 'loop'));
  symlinkSync(path.join(root, 'missing-target.txt'), path.join(root, 'dangling.txt'));
  execFileSync('mkfifo', [path.join(root, 'pipe.txt')]);
  writeFileSync(path.join(root, 'broken.json'), '{"title": "half');
  writeFileSync(path.join(root, 'notes.docx'), 'PK\u0003\u0004');
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('a hostile corpus folder', () => {
  it('indexes every good article and skips each bad file with its reason', async () => {
    const { articles, skipped } = await loadCorpus(root);
    expect(articles.map((article) => article.id).sort()).toEqual(
      [
        ...Array.from({ length: 20 }, (_, index) => `good-${index}`),
        // Over Discord's 100 characters: shortened, with a hash that keeps it unique.
        toArticleId(`${Array.from({ length: 60 }, (_, level) => `level-${level}`).join('/')}/deep`),
        'scripts',
        'nested',
        'unclosed',
        'broken',
      ].sort(),
    );
    const reasons = Object.fromEntries(skipped.map((file) => [file.path, file.reason]));
    expect(reasons).toMatchObject({
      'empty.txt': 'empty file',
      'binary.txt': 'binary file',
      'latin1.txt': 'invalid UTF-8',
      'truncated.txt': 'invalid UTF-8',
      'huge.txt': expect.stringMatching(/too large/),
      'level-0/loop': expect.stringMatching(/loop/),
      'dangling.txt': expect.stringMatching(/ENOENT/),
      'pipe.txt': 'not a regular file',
      'broken.json': expect.stringMatching(/cannot be parsed/),
      'notes.docx': expect.stringMatching(/unknown file type/),
      // 1.4 million elements: parsed in ~5 s when the machine is quiet, past the 10 s limit when busy.
      'tags.html': expect.stringMatching(/^(no article text found|took longer than 10 s to read)$/),
    });
    for (const id of ['nested', 'unclosed', 'broken']) {
      const text = articles.find((article) => article.id === id)!.paragraphs.join(' ');
      expect(text).toContain('The ferry resumed its sailings on Saturday');
    }
    const page = articles.find((article) => article.id === 'scripts')!;
    expect(page.paragraphs).toEqual(['The harbour reopened on Friday, officials said.']);
  });

  it('skips a file deleted while a reload reads the folder, and keeps the rest', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'briefbot-vanish-'));
    for (let index = 0; index < 100; index++)
      writeFileSync(path.join(folder, `story-${String(index).padStart(3, '0')}.txt`), GOOD(index));
    let deleted = false;
    const { articles, skipped } = await loadCorpus(folder, {
      onProgress: () => {
        if (!deleted) {
          unlinkSync(path.join(folder, 'story-099.txt'));
          deleted = true;
        }
      },
    });
    expect(articles).toHaveLength(99);
    expect(skipped).toEqual([{ path: 'story-099.txt', reason: expect.stringMatching(/ENOENT/) }]);
    rmSync(folder, { recursive: true, force: true });
  });

  it('refuses a JSON Lines flood of 800,000 tiny records (just under 10 MB) quickly, within bounded memory', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'briefbot-flood-'));
    writeFileSync(path.join(folder, 'flood.jsonl'), '{"body":"x"}\n'.repeat(800_000));
    writeFileSync(path.join(folder, 'story.txt'), GOOD(1));
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const { articles, skipped } = await loadCorpus(folder);
    const seconds = (performance.now() - started) / 1000;
    expect(articles.map((article) => article.id)).toEqual(['story']);
    expect(skipped).toEqual([{ path: 'flood.jsonl', reason: expect.stringMatching(/too many records/) }]);
    expect(seconds).toBeLessThan(5);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(300 * 1024 * 1024);
    rmSync(folder, { recursive: true, force: true });
  });

  it('never reads the host through a link to /etc', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'briefbot-etc-'));
    writeFileSync(path.join(folder, 'story.txt'), GOOD(1));
    symlinkSync('/etc', path.join(folder, 'etcdir'));
    symlinkSync('/etc/hostname', path.join(folder, 'hostname.txt'));
    const service = await createBriefingService({ corpusDir: folder, workers: 0 });
    expect(service.listArticles().map((article) => article.id)).toEqual(['story']);
    expect(service.article('etcdir/profile')).toBeUndefined();
    expect(service.overview().skipped).toEqual([
      { path: 'etcdir', reason: expect.stringMatching(/outside the corpus folder/) },
      { path: 'hostname.txt', reason: expect.stringMatching(/outside the corpus folder/) },
    ]);
    rmSync(folder, { recursive: true, force: true });
  });

  it('serves questions over what it could read', async () => {
    const service = await createBriefingService({ corpusDir: root, workers: 0 });
    expect((await service.ask('search', 'harbour reopened')).answers[0]?.citations[0]?.article).toBe('scripts');
    expect(service.overview().skipped.length).toBeGreaterThanOrEqual(10);
  });
});
