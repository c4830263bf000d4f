// A reload whose in-place commit throws part-way (a fault injected in the /quote tables' update,
// the last part updated, after the passage index and the /who and /when tables took the change)
// takes back what it changed: the old answers are served until a reload succeeds. When taking
// it back fails too, it says so, and the next reload rebuilds everything instead of building on
// the half-updated tables.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

// How many of the next /quote table updates throw.
const failNext = vi.hoisted(() => ({ value: 0 }));
vi.mock('../../src/answer/quote/update-tables.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/answer/quote/update-tables.js')>();
  return {
    ...original,
    updateTables: (...args: Parameters<typeof original.updateTables>) => {
      if (failNext.value > 0) {
        failNext.value--;
        throw new Error('injected failure in the /quote tables update');
      }
      return original.updateTables(...args);
    },
  };
});

const { createBriefingService } = await import('../../src/service/create-briefing-service.js');

let work: string;
let corpusDir: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'briefbot-commit-'));
  corpusDir = path.join(work, 'corpus');
  mkdirSync(corpusDir);
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const ARTICLE = (extra: string) => `Dockers end strike at Rotterdam port

Date: 10:00, 06-03-2020.

ROTTERDAM. March 6. Wirenews - Dockers at Rotterdam ended a week-long strike on Friday, union leader Jan Bakker said.
${extra}
`;

const QUESTIONS = [
  ['search', 'grain silos'],
  ['search', 'Rotterdam strike'],
  ['quote', 'Bakker'],
  ['who', 'Jan Bakker'],
  ['when', 'strike ended'],
] as const;

it('serves the old answers after a reload whose commit threw part-way, until a reload succeeds', async () => {
  const file = path.join(corpusDir, 'strike.txt');
  writeFileSync(file, ARTICLE(''));
  writeFileSync(
    path.join(corpusDir, 'other.txt'),
    ARTICLE('"We will keep the harbour open," port chief Anna de Vries said.').replace('strike.', 'talks.'),
  );
  const service = await createBriefingService({ corpusDir, workers: 0 });
  const before = await Promise.all(QUESTIONS.map(([command, query]) => service.ask(command, query)));

  writeFileSync(file, ARTICLE('"The grain silos are full again," Bakker told reporters.').replace('Jan', 'Piet'));
  const later = new Date(Date.now() + 5000);
  utimesSync(file, later, later);
  failNext.value = 1;
  await expect(service.reload()).rejects.toThrow(
    'the reload failed while swapping in; the previous index keeps serving: injected failure',
  );
  expect(await Promise.all(QUESTIONS.map(([command, query]) => service.ask(command, query)))).toEqual(before);

  // The next reload takes the change, and answers as a cold build of the new text.
  await service.reload();
  const cold = await createBriefingService({ corpusDir, workers: 0 });
  const after = await Promise.all(QUESTIONS.map(([command, query]) => service.ask(command, query)));
  expect(after).toEqual(await Promise.all(QUESTIONS.map(([command, query]) => cold.ask(command, query))));
  expect(after).not.toEqual(before);
});

it('after a commit that threw and could not be taken back, the next reload answers as a cold build', async () => {
  const file = path.join(corpusDir, 'strike.txt');
  writeFileSync(file, ARTICLE(''));
  writeFileSync(
    path.join(corpusDir, 'other.txt'),
    ARTICLE('"We will keep the harbour open," port chief Anna de Vries said.').replace('strike.', 'talks.'),
  );
  const service = await createBriefingService({ corpusDir, workers: 0 });
  const before = { search: await service.ask('search', 'grain silos'), quote: await service.ask('quote', 'Bakker') };
  expect(before.search.answers).toEqual([]);
  expect(before.quote.answers).toEqual([]);

  writeFileSync(file, ARTICLE('"The grain silos are full again," Bakker told reporters.'));
  const later = new Date(Date.now() + 5000);
  utimesSync(file, later, later);
  failNext.value = 2;
  await expect(service.reload()).rejects.toThrow(
    /while swapping in \(the next reload rebuilds everything\): injected failure .*taking it back failed too/,
  );

  // The next reload (no further edit) does bring every part to the new text.
  await service.reload();
  const cold = await createBriefingService({ corpusDir, workers: 0 });
  for (const [command, query] of [
    ['search', 'grain silos'],
    ['quote', 'Bakker'],
    ['who', 'Jan Bakker'],
    ['when', 'strike ended'],
  ] as const) {
    expect(await service.ask(command, query)).toEqual(await cold.ask(command, query));
  }
});

it('after a reload whose commit threw on a removal, the next reloads succeed', async () => {
  writeFileSync(path.join(corpusDir, 'strike.txt'), ARTICLE(''));
  // Enough other articles that one removal leaves the passage index under its dead share (0.1),
  // so the next reload takes the in-place path again, as it would on a real corpus.
  for (let index = 0; index < 30; index++) {
    writeFileSync(
      path.join(corpusDir, `other-${index}.txt`),
      ARTICLE(`"We will keep berth ${index} open," port chief Anna de Vries said.`).replace(
        'strike.',
        `talks number ${index}.`,
      ),
    );
  }
  const service = await createBriefingService({ corpusDir, workers: 0 });
  rmSync(path.join(corpusDir, 'strike.txt'));
  failNext.value = 1;
  await expect(service.reload()).rejects.toThrow('injected failure');
  const second = await service.reload().then(
    () => 'ok',
    (error: Error) => error.message,
  );
  const third = await service.reload().then(
    () => 'ok',
    (error: Error) => error.message,
  );
  expect({ second, third }).toEqual({ second: 'ok', third: 'ok' });
});

it('after a warm start, a reload takes a change; one that fails keeps the old index serving; the next takes it', async () => {
  const cacheDir = path.join(work, 'cache');
  const file = path.join(corpusDir, 'strike.txt');
  const ask = (service: Awaited<ReturnType<typeof createBriefingService>>) =>
    Promise.all(QUESTIONS.map(([command, query]) => service.ask(command, query)));
  const coldAnswers = async () => {
    const cold = await createBriefingService({ corpusDir, workers: 0 });
    const answers = await ask(cold);
    await cold.close?.();
    return answers;
  };
  const edit = (extra: string) => {
    writeFileSync(file, ARTICLE(extra));
    const later = new Date(Date.now() + 5000);
    utimesSync(file, later, later);
  };
  writeFileSync(file, ARTICLE(''));
  // Enough other articles that two reloads leave few dead passages: both are patched in place.
  for (let index = 0; index < 30; index++)
    writeFileSync(path.join(corpusDir, `other-${index}.txt`), ARTICLE('').replace('strike.', `talks ${index}.`));
  const first = await createBriefingService({ corpusDir, cacheDir, workers: 0, snapshotDelayMs: 0 });
  await first.close?.();
  const events: string[] = [];
  const service = await createBriefingService({ corpusDir, cacheDir, workers: 0, onEvent: (e) => events.push(e.kind) });
  expect(events).toContain('snapshot-loaded');

  edit('"The grain silos are full again," Bakker told reporters.');
  await service.reload();
  const afterFirst = await ask(service);
  expect(afterFirst).toEqual(await coldAnswers());

  edit('"The grain silos are empty," Bakker told reporters.');
  failNext.value = 1;
  await expect(service.reload()).rejects.toThrow('the previous index keeps serving');
  expect(await ask(service)).toEqual(afterFirst);

  await service.reload();
  const afterLast = await ask(service);
  expect(afterLast).toEqual(await coldAnswers());
  expect(afterLast).not.toEqual(afterFirst);
  await service.close?.();
});
