import { describe, expect, it } from 'vitest';
import { DigestCommandError, runDigestCommand } from '../../src/digest/run-digest-command.js';
import { GrowingCorpus } from './support/harness.js';

function corpus(): GrowingCorpus {
  const grown = new GrowingCorpus();
  grown.add('Grain harvest beats forecasts', '2024-04-28');
  grown.add('Central bank holds rates', '2024-05-02');
  grown.add('Ferry strike called off', null);
  return grown;
}

describe('runDigestCommand (npm run cli -- digest --since DATE)', () => {
  it('lists what was published on or after the date, and says undated articles were left out', async () => {
    const text = await runDigestCommand(corpus(), { since: '2024-05-01', now: new Date('2024-05-03T00:00:00Z') });
    expect(text.split('\n')[0]).toBe('Daily digest: 1 new story since 2024-05-01');
    expect(text).toContain('- 2024-05-02  Central bank holds rates (Reuters)');
    expect(text).not.toContain('Grain harvest');
    expect(text).toContain('(1 undated articles are left out; --since all includes them.)');
  });

  it('lists everything with --since all, undated last', async () => {
    const lines = (await runDigestCommand(corpus(), { since: 'all' })).split('\n');
    expect(lines[0]).toBe('Daily digest: 3 new stories so far');
    expect(lines.filter((line) => line.startsWith('- '))).toEqual([
      '- 2024-05-02  Central bank holds rates (Reuters)',
      '- 2024-04-28  Grain harvest beats forecasts (Reuters)',
      '- undated  Ferry strike called off (Reuters)',
    ]);
  });

  it('says so in one line when nothing is new', async () => {
    expect(await runDigestCommand(corpus(), { since: '2030-01-01' })).toMatch(
      /^Daily digest: no new articles since 2030-01-01\./,
    );
  });

  it.each(['yesterday', '2024-13-01', '2024-02-30'])('refuses the date "%s"', async (since) => {
    await expect(runDigestCommand(corpus(), { since })).rejects.toThrow(DigestCommandError);
  });
});
