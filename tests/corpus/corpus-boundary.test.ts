import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isPlausibleArticleId } from '../../commands/article.js';
import { loadCorpus, loadFile } from '../../src/corpus/load-corpus.js';
import { createBriefingService } from '../../src/service/create-briefing-service.js';

let root: string;
let outside: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'briefbot-boundary-'));
  outside = await mkdtemp(path.join(tmpdir(), 'briefbot-outside-'));
  await writeFile(path.join(outside, 'profile.txt'), 'Host secrets\n\nThe host password is hunter2 and nobody should read it.\n');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

const story = (title: string): string => `${title}\n\nThe council met on Tuesday and approved the harbour budget.\n`;

async function put(relative: string, content: string): Promise<void> {
  await mkdir(path.dirname(path.join(root, relative)), { recursive: true });
  await writeFile(path.join(root, relative), content);
}

describe('the corpus folder is a boundary', () => {
  it('refuses links to folders and files outside it, with a reason, and indexes nothing from there', async () => {
    await put('inside.txt', story('A story inside'));
    await symlink(outside, path.join(root, 'etcdir'));
    await symlink(path.join(outside, 'profile.txt'), path.join(root, 'profile.txt'));
    const { articles, skipped } = await loadCorpus(root);
    expect(articles.map((article) => article.id)).toEqual(['inside']);
    const reasons = Object.fromEntries(skipped.map((file) => [file.path, file.reason]));
    expect(reasons['etcdir']).toMatch(/outside the corpus folder/);
    expect(reasons['profile.txt']).toMatch(/outside the corpus folder/);
    // The reason does not name the target: the skip list is shown to every Discord user.
    expect(JSON.stringify(skipped)).not.toContain(outside);

    const service = await createBriefingService({ corpusDir: root, workers: 0 });
    expect(service.article('etcdir/profile')).toBeUndefined();
    expect((await service.ask('search', 'hunter2 password')).answers).toEqual([]);
  });

  it('follows links that stay inside, and links into a root named by the settings', async () => {
    await put('real/story.txt', story('A linked story'));
    await symlink(path.join(root, 'real', 'story.txt'), path.join(root, 'alias.txt'));
    await symlink(outside, path.join(root, 'shared'));
    const { articles, skipped } = await loadCorpus(root, { extraRoots: [outside] });
    expect(articles.map((article) => article.id).sort()).toEqual(['alias', 'real/story', 'shared/profile']);
    expect(skipped).toEqual([]);
  });

  it('treats the corpus folder given as a link as its real path', async () => {
    await put('story.txt', story('A story'));
    const link = path.join(outside, 'corpus-link');
    await symlink(root, link);
    const { articles, skipped } = await loadCorpus(link);
    expect(articles.map((article) => article.id)).toEqual(['story']);
    expect(skipped).toEqual([]);
  });

  it('never reads a file that became a link out of the corpus after the walk', async () => {
    await symlink(path.join(outside, 'profile.txt'), path.join(root, 'swapped.txt'));
    const result = await loadFile(path.join(root, 'swapped.txt'), 'swapped.txt', { roots: [await realpath(root)] });
    expect(result).toEqual({ path: 'swapped.txt', reason: expect.stringMatching(/outside the corpus folder/) });
  });

  it('never blocks on a file that became a pipe after the walk', async () => {
    execFileSync('mkfifo', [path.join(root, 'pipe.txt')]);
    const result = await loadFile(path.join(root, 'pipe.txt'), 'pipe.txt', { roots: [await realpath(root)] });
    expect(result).toEqual({ path: 'pipe.txt', reason: 'not a regular file' });
  }, 5000);
});

describe('file names', () => {
  it('reports hidden files and folders instead of dropping them silently', async () => {
    await put('story.txt', story('A story'));
    await put('.draft.txt', story('A hidden draft'));
    await put('.git/objects/pack.txt', story('Git internals'));
    const { articles, skipped } = await loadCorpus(root);
    expect(articles.map((article) => article.id)).toEqual(['story']);
    expect(skipped).toEqual([
      { path: '.draft.txt', reason: expect.stringMatching(/hidden file/) },
      { path: '.git', reason: expect.stringMatching(/hidden folder/) },
    ]);
  });

  it('skips names holding control characters, shown with the characters made visible', async () => {
    await put('story.txt', story('A story'));
    await put('evil\u001b]8;;https://x\u0007name.txt', story('Escapes in the name'));
    await put('tab\there.txt', story('A tab in the name'));
    const { articles, skipped } = await loadCorpus(root);
    expect(articles.map((article) => article.id)).toEqual(['story']);
    expect(skipped).toHaveLength(2);
    for (const file of skipped) {
      expect(file.reason).toMatch(/control characters/);
      expect(file.path).not.toMatch(/[\u0000-\u001f\u007f]/);
    }
    expect(skipped.map((file) => file.path)).toContain('tab\\there.txt');
  });

  it.each([
    ['spaces around a name', '  spaced  name .txt'],
    ['a backslash', 'back\\slash.txt'],
    ['a long name', `${'very-long-headline-'.repeat(8)}.txt`],
    ['a long folder path', `${'folder-with-a-long-name/'.repeat(5)}story.txt`],
    ['only dots as a record key', 'feed.jsonl'],
  ])('gives an id that autocomplete and /article agree on for %s', async (_, name) => {
    const content = name.endsWith('.jsonl') ? `${JSON.stringify({ id: '..', title: 'Dots', body: 'Body of the dots record.' })}\n${JSON.stringify({ id: 'b', title: 'Bee', body: 'Body of the bee record.' })}\n` : story('A story with an odd name');
    await put(name, content);
    const service = await createBriefingService({ corpusDir: root, workers: 0 });
    const ids = service.listArticles().map((article) => article.id);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      expect(isPlausibleArticleId(id), id).toBe(true);
      expect(id.length).toBeLessThanOrEqual(100);
      expect(id).toBe(id.trim());
      const offered = (await service.suggest('article', '', 25)).map((suggestion) => suggestion.value);
      expect(offered).toContain(id);
      // What /article does with the value Discord sends back.
      expect(service.article(id.trim())?.id).toBe(id);
    }
  });

  it('keeps two long names that share their start apart', async () => {
    const stem = 'a-very-long-file-name-that-goes-on-and-on-'.repeat(3);
    await put(`${stem}one.txt`, story('The first one'));
    await put(`${stem}two.txt`, story('The second one'));
    const { articles, skipped } = await loadCorpus(root);
    expect(skipped).toEqual([]);
    expect(new Set(articles.map((article) => article.id)).size).toBe(2);
  });
});

describe('feeds with too many records', () => {
  it('skips a JSON Lines file over the record cap with a clear reason, and loads the rest', async () => {
    await put('story.txt', story('A story'));
    await put('flood.jsonl', `${'{"body":"x"}\n'.repeat(101)}`);
    await put('flood.json', JSON.stringify(Array.from({ length: 101 }, () => ({ body: 'x' }))));
    const { articles, skipped } = await loadCorpus(root, { maxRecords: 100 });
    expect(articles.map((article) => article.id)).toEqual(['story']);
    expect(skipped).toEqual([
      { path: 'flood.json', reason: 'too many records (over 100 in one file)' },
      { path: 'flood.jsonl', reason: 'too many records (over 100 in one file)' },
    ]);
  });
});
