import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { unpackCorpus } from '../../scripts/corpora.js';

const work = mkdtempSync(path.join(tmpdir(), 'briefbot-corpora-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('unpacking a shared corpus says where it went, how big it is and why it stays, once', () => {
  const shared = path.join(work, 'shared');
  const source = path.join(work, 'source');
  mkdirSync(path.join(source, 'bbc-news', 'articles'), { recursive: true });
  writeFileSync(path.join(source, 'bbc-news', 'articles', 'one.txt'), 'x'.repeat(2_000_000));
  mkdirSync(shared);
  execFileSync('tar', ['czf', path.join(shared, 'bbc-news-corpus.tar.gz'), '-C', source, 'bbc-news']);
  const target = path.join(work, 'unpacked');
  const lines: string[] = [];
  const options = { sharedCorpora: shared, target, report: (line: string) => lines.push(line) };
  expect(unpackCorpus('bbc', options)).toBe(path.join(target, 'bbc-news', 'articles'));
  expect(unpackCorpus('bbc', options)).toBe(path.join(target, 'bbc-news', 'articles'));
  expect(lines).toEqual([
    `Research corpora unpacked in ${target} (2 MB), kept so the next eval or bench starts at once; delete that folder to free the space.`,
  ]);
  expect(unpackCorpus('reuters', options)).toBeNull();
});
