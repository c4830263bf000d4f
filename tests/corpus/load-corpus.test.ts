import { mkdir, mkdtemp, rm, symlink, writeFile, chmod } from 'node:fs/promises';
import { utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { ageFiles } from '../support/age-files.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'briefbot-corpus-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function put(relative: string, content: string | Buffer): Promise<void> {
  await mkdir(path.dirname(path.join(root, relative)), { recursive: true });
  await writeFile(path.join(root, relative), content);
}

describe('loadCorpus on the sample corpus', () => {
  const seeds: Array<[id: string, title: string, published: string | null, source: string]> = [
    ['000_ee9d258b94439a1e', 'Iran’s Interior Minister warned of terrorist groups recruitment', '2017-12-14', 'Silkroadnews'],
    ['001_6eeeba46674b202d', 'Iran’s Top Security Official Raps US Attacks on Resistance Forces', null, 'Tasnim'],
    ['002_2bc597ee5486c2f4', 'Shamkhani: The Liberation of Deir Ezzor Dealt the Final Blow to the Remnants of Daesh in Syria', null, 'Al-Ahed News'],
    ['003_d6daf2ee1ee61935', 'Iranian DM urged necessity of anti-terrorism cooperation in region', null, 'SHAFAQNA'],
    ['004_c59ae9a75706696f', 'Iraq Warns Daesh Activities Have Intensified, Urges International Cooperation to Stop Terrorists', '2020-11-26', 'Iraq News'],
  ];
  it.each(seeds)('reads %s', async (id, title, published, source) => {
    const { articles, skipped } = await loadCorpus('corpus');
    expect(skipped).toEqual([]);
    const article = articles.find((candidate) => candidate.id === id)!;
    expect(article).toMatchObject({ title, published, source, url: null });
    const body = article.paragraphs.join('\n');
    for (const chrome of ['Share the news', 'Please Wait', 'Leave a Reply', 'Sponsored Links', '-0.072745', 'Top Stories', 'AP Photo']) {
      expect(body).not.toContain(chrome);
    }
    expect(article.paragraphs).not.toContain(title);
  });

  it('keeps photo credits as metadata and the caption as text', async () => {
    const { articles } = await loadCorpus('corpus');
    const article = articles.find((candidate) => candidate.id === '004_c59ae9a75706696f')!;
    expect(article.credits).toEqual(['AP Photo / Felipe Dana']);
    expect(article.paragraphs.some((paragraph) => paragraph.includes('western Mosul, Iraq, March 17, 2017'))).toBe(true);
  });
});

describe('loadCorpus formats', () => {
  it('reads front matter text and Markdown', async () => {
    await put('wire/a.txt', '---\nid: a\ntitle: Fed holds rates\ndate: 1987-03-05\nsource: Reuters\nurl: https://example.com/a\ntopics: [money-fx]\n---\n\nFirst paragraph.\n\nSecond paragraph.\n');
    await put('notes/b.md', '---\ntitle: "Budget day"\ndate: 2005-03-16\n---\n\n# Budget\n\nThe **chancellor** spoke [today](https://x.y).\n');
    const { articles } = await loadCorpus(root);
    expect(articles.find((article) => article.id === 'wire/a')).toMatchObject({
      title: 'Fed holds rates', published: '1987-03-05', source: 'Reuters', url: 'https://example.com/a',
      paragraphs: ['First paragraph.', 'Second paragraph.'], extra: { id: 'a', topics: '[money-fx]' },
    });
    expect(articles.find((article) => article.id === 'notes/b')).toMatchObject({
      title: 'Budget day', published: '2005-03-16', paragraphs: ['Budget', 'The chancellor spoke today.'],
    });
  });

  it('drops marks that show nothing, so a soft hyphen splits no word', async () => {
    await put('web/c.html', '<html><head><title>Talks</title></head><body><article><p>Russian President Vladi\u00admir Pu\u00adtin met Ne\u200btanyahu on Monday in Moscow.</p></article></body></html>');
    const { articles } = await loadCorpus(root);
    expect(articles.find((article) => article.id === 'web/c')?.paragraphs).toEqual([
      'Russian President Vladimir Putin met Netanyahu on Monday in Moscow.',
    ]);
  });

  it('reads HTML meta data and article paragraphs, dropping scripts and navigation', async () => {
    await put('page.html', `<!doctype html><html><head><title>Site | Story</title>
      <meta property="og:title" content="Minister resigns">
      <meta property="article:published_time" content="2021-06-01T08:00:00Z">
      <meta property="og:site_name" content="Daily Wire">
      <link rel="canonical" href="https://news.example/minister">
      <script>var tracking = "Share the news";</script></head>
      <body><nav><p>Home News Sport</p></nav><article><h1>Minister resigns</h1>
      <p>The minister resigned on Monday.</p><script>alert(1)</script><p>He gave no reason.</p></article>
      <footer><p>All rights reserved 2021</p></footer></body></html>`);
    const { articles } = await loadCorpus(root);
    expect(articles[0]).toMatchObject({
      id: 'page', title: 'Minister resigns', published: '2021-06-01', source: 'Daily Wire', url: 'https://news.example/minister',
      paragraphs: ['The minister resigned on Monday.', 'He gave no reason.'],
    });
  });

  it('reads JSON and JSON Lines, one record an article', async () => {
    await put('feed.json', JSON.stringify([
      { id: 'x1', title: 'One', date: '2020-01-02', source: 'AP', url: 'https://a.b/1', body: 'Body one.\n\nMore.' },
      { title: 'Two', text: 'Body two.' },
    ]));
    await put('feed.jsonl', `${JSON.stringify({ title: 'Three', content: 'Body three.', published: '2019-05-06' })}\n`);
    await put('single.json', JSON.stringify({ title: 'Four', body: 'Body four.' }));
    const { articles, skipped } = await loadCorpus(root);
    expect(skipped).toEqual([]);
    expect(articles.filter((article) => article.id.startsWith('feed')).map((article) => [article.id, article.title, article.published])).toEqual([
      ['feed/x1', 'One', '2020-01-02'],
      ['feed/2', 'Two', null],
      ['feed', 'Three', '2019-05-06'],
    ]);
    expect(articles.find((article) => article.id === 'single')?.title).toBe('Four');
    expect(articles[0]!.paragraphs).toEqual(['Body one.', 'More.']);
  });
});

describe('loadCorpus on broken files', () => {
  const broken: Array<[name: string, content: string | Buffer, reason: RegExp]> = [
    ['empty.txt', '', /empty/],
    ['blank.txt', '  \n\n ', /empty/],
    ['image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]), /binary/],
    ['latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x65, 0x77, 0x73]), /UTF-8/],
    ['bad.json', '{"title": ', /cannot be parsed/],
    ['bad.jsonl', '{"title":"a","body":"b"}\nnot json\n', /line 2/],
    ['nobody.json', '{"title":"a"}', /no body/],
    ['slides.pptx', 'whatever', /unknown file type/],
  ];
  it.each(broken)('skips %s with a reason and loads the rest', async (name, content, reason) => {
    await put(name, content);
    await put('good.txt', 'A good headline here today\n\nThe minister said on Monday that the plan would go ahead.\n');
    const { articles, skipped } = await loadCorpus(root);
    expect(articles.map((article) => article.id)).toEqual(['good']);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.path).toBe(name);
    expect(skipped[0]!.reason).toMatch(reason);
  });

  it('skips files over the size limit', async () => {
    await put('huge.txt', 'word '.repeat(3000));
    const { articles, skipped } = await loadCorpus(root, { maxFileBytes: 1000 });
    expect(articles).toEqual([]);
    expect(skipped[0]).toMatchObject({ path: 'huge.txt', reason: expect.stringMatching(/too large/) });
  });

  it('survives a symbolic link loop and an unreadable file', async () => {
    await put('deep/a/b/c/story.txt', 'Nested headline for a story\n\nThe council voted on Tuesday to close the bridge.\n');
    await symlink(root, path.join(root, 'deep/a/loop'));
    await put('locked.txt', 'secret');
    await chmod(path.join(root, 'locked.txt'), 0o000);
    const { articles, skipped } = await loadCorpus(root);
    expect(articles.map((article) => article.id)).toEqual(['deep/a/b/c/story']);
    expect(skipped.some((file) => file.path === 'deep/a/loop' && /loop/.test(file.reason))).toBe(true);
    if (process.getuid?.() !== 0) expect(skipped.some((file) => file.path === 'locked.txt')).toBe(true);
  });
});

describe('loadCorpus incrementally', () => {
  it('reads only new and changed files, reusing the previous reading of the rest', async () => {
    await put('a.txt', 'Headline of the first story\n\nThe first body says something useful here.\n');
    await put('b.txt', 'Headline of the second story\n\nThe second body says something useful here.\n');
    ageFiles(root);
    const first = await loadCorpus(root);
    await put('b.txt', 'Headline of the second story\n\nThe second body now says something else entirely.\n');
    await put('c.txt', 'Headline of the third story\n\nThe third body says something useful here.\n');
    const second = await loadCorpus(root, { previous: { files: first.files } });
    expect(second.files.find((file) => file.path === 'a.txt')).toBe(first.files.find((file) => file.path === 'a.txt'));
    expect(second.articles.map((article) => article.id)).toEqual(['a', 'b', 'c']);
    expect(second.articles[1]!.paragraphs[0]).toContain('something else');
  });

  it('reads again a same-size edit made within the clock tick of the previous load', async () => {
    // Whole seconds, as a file system with a coarse clock stamps both writes.
    const tick = Math.floor(Date.now() / 1000);
    await put('a.txt', 'Headline of the first story\n\nThe body says one thing here.\n');
    utimesSync(path.join(root, 'a.txt'), tick, tick);
    const first = await loadCorpus(root);
    await put('a.txt', 'Headline of the first story\n\nThe body says two things now.\n');
    utimesSync(path.join(root, 'a.txt'), tick, tick);
    const second = await loadCorpus(root, { previous: first });
    expect(second.articles[0]!.paragraphs[0]).toContain('two things');
  });

  const story = (name: string, body: string): string => `Headline of the ${name} story\n\n${body} It says something useful here.\n`;

  it('reports the files read again and reuses the article list when every id stays', async () => {
    await put('a.txt', story('first', 'The first body.'));
    await put('b.txt', story('second', 'The second body.'));
    await put('c.txt', story('third', 'The third body.'));
    ageFiles(root);
    const first = await loadCorpus(root);
    await put('b.txt', story('second', 'The second body, now longer than it was.'));
    const second = await loadCorpus(root, { previous: first });
    expect(second.change?.before.map((file) => file.path)).toEqual(['b.txt']);
    expect(second.change?.after.map((file) => file.path)).toEqual(['b.txt']);
    expect(second.articles.map((article) => article.id)).toEqual(['a', 'b', 'c']);
    expect(second.articles[0]).toBe(first.articles[0]);
    expect(second.articles[2]).toBe(first.articles[2]);
    expect(second.articles[1]!.paragraphs[0]).toContain('longer');
    expect(first.articles[1]!.paragraphs[0]).not.toContain('longer');
  });

  it('reports files gone and new, in path order, and makes the list again in path order', async () => {
    await put('b.txt', story('second', 'The second body.'));
    await put('d.txt', story('fourth', 'The fourth body.'));
    ageFiles(root);
    const first = await loadCorpus(root);
    await rm(path.join(root, 'd.txt'));
    await put('a.txt', story('first', 'The first body.'));
    await put('c.txt', story('third', 'The third body.'));
    const second = await loadCorpus(root, { previous: first });
    expect(second.change?.before.map((file) => file.path)).toEqual(['d.txt']);
    expect(second.change?.after.map((file) => file.path)).toEqual(['a.txt', 'c.txt']);
    expect(second.articles.map((article) => article.id)).toEqual(['a', 'b', 'c']);
  });

  it.each([
    ['no previous articles are given', async () => loadCorpus(root, { previous: { files: (await loadCorpus(root)).files } })],
    ['two files claim one id', async () => {
      await put('a.md', story('other first', 'The same id from Markdown.'));
      return loadCorpus(root, { previous: await loadCorpus(root) });
    }],
  ])('reports no file change when %s', async (_, load) => {
    await put('a.txt', story('first', 'The first body.'));
    const loaded = await load();
    expect(loaded.change).toBeNull();
    expect(loaded.articles.map((article) => article.id)).toEqual(['a']);
  });

  it.each<[string, () => Promise<void>, boolean]>([
    ['an edit that keeps the ids', () => put('b.txt', story('second', 'The second body, now longer.')), true],
    ['a file gone', () => rm(path.join(root, 'b.txt')), true],
    ['a file renamed, same id', async () => {
      await rm(path.join(root, 'b.txt'));
      await put('b.md', story('second', 'The second body.'));
    }, false],
    ['a new file', () => put('ab.txt', story('new', 'A new body.')), false],
    ['a new file with nothing to read', () => put('empty.txt', ' '), true],
    ['a feed reordered', () => put('feed.json', JSON.stringify([{ id: 'y', title: 'Why', body: 'The other record body.' }, { id: 'x', title: 'Ex', body: 'The first record body.' }])), false],
  ])('says whether the list kept every other article in place after %s', async (_, edit, inPlace) => {
    await put('a.txt', story('first', 'The first body.'));
    await put('b.txt', story('second', 'The second body.'));
    await put('feed.json', JSON.stringify([{ id: 'x', title: 'Ex', body: 'The first record body.' }, { id: 'y', title: 'Why', body: 'The other record body.' }]));
    ageFiles(root);
    const first = await loadCorpus(root);
    await edit();
    const second = await loadCorpus(root, { previous: first });
    expect(second.change?.inPlace).toBe(inPlace);
    expect(second.articles).toEqual((await loadCorpus(root)).articles);
  });

  // A reload's load costs the files changed: what the records skip and how many articles they
  // hold follow from the previous load and the change, never from a pass over every record.
  // A list made again (an article comes or goes) reads every record, as it must.
  it.each<[string, () => Promise<void>, boolean]>([
    ['an edit that keeps the ids', () => put('b.txt', story('second', 'The second body, now longer.')), true],
    ['a file that comes to be skipped', () => put('b.txt', Buffer.from([0x41, 0x00, 0x42])), false],
    ['a skipped file mended', () => put('skip.txt', story('mended', 'Readable at last.')), false],
    ['a skipped file gone', () => rm(path.join(root, 'skip.txt')), true],
    ['a skipped file skipped otherwise', () => put('skip.txt', ' '), true],
    ['a new skipped file', () => put('ab.txt', ' '), true],
    ['a file gone', () => rm(path.join(root, 'a.txt')), true],
    ['a new file', () => put('aa.txt', story('new', 'A new body.')), false],
  ])('after %s, gives what a whole load gives, reading no unchanged record when the list is kept', async (_, edit, inPlace) => {
    await put('a.txt', story('first', 'The first body.'));
    await put('b.txt', story('second', 'The second body.'));
    await put('c.txt', story('third', 'The third body.'));
    await put('skip.txt', Buffer.from([0x00, 0x01]));
    ageFiles(root);
    // The load a reload follows is itself one that followed another (the first counts once).
    const serving = await loadCorpus(root, { previous: await loadCorpus(root) });
    await edit();
    const reads = new Map<string, number>();
    for (const record of serving.files) {
      for (const field of ['articles', 'skipReason'] as const) {
        const value = record[field];
        Object.defineProperty(record, field, {
          get: () => (reads.set(record.path, (reads.get(record.path) ?? 0) + 1), value),
          enumerable: true,
        });
      }
    }
    const next = await loadCorpus(root, { previous: serving });
    const changed = new Set(next.change?.before.map((file) => file.path) ?? []);
    expect(next.change?.inPlace).toBe(inPlace);
    if (inPlace) expect([...reads.keys()].filter((file) => !changed.has(file))).toEqual([]);
    const whole = await loadCorpus(root);
    expect(next.skipped).toEqual(whole.skipped);
    expect(next.articles).toEqual(whole.articles);
  });
});
