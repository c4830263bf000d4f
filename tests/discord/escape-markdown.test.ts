import { describe, expect, it } from 'vitest';
import { escapeLinkText, escapeMarkdownText } from '../../src/discord/render/escape-markdown.js';

/** What Discord shows for escaped text: a backslash before punctuation shows that character alone. */
function showEscaped(escaped: string): string {
  return escaped.replace(/\\([^0-9A-Za-z\s])/g, '$1');
}

/** Markup characters in `escaped` that no backslash protects, with their offsets. */
function findUnescaped(escaped: string, markup: RegExp): number[] {
  const offsets: number[] = [];
  for (let index = 0; index < escaped.length; index += 1) {
    const character = escaped[index] ?? '';
    if (character === '\\') {
      index += 1;
      continue;
    }
    if (markup.test(character)) offsets.push(index);
  }
  return offsets;
}

const emoji = '<:port_crane:123456789012345678>';

describe('escapeMarkdownText (the bot answers: urls and emoji keep working)', () => {
  it.each([
    [
      'plain news text is returned as it is',
      'Dockers in Rotterdam ended a three-day strike on Friday.',
      'Dockers in Rotterdam ended a three-day strike on Friday.',
    ],
    ['bold and italic', 'Shares rose *sharply* and _briefly_', 'Shares rose \\*sharply\\* and \\_briefly\\_'],
    ['a name with an underscore', 'user Ali_Shamkhani posted', 'user Ali\\_Shamkhani posted'],
    ['code span', 'the `GDP` figure', 'the \\`GDP\\` figure'],
    ['strikethrough and spoiler pairs', '~~cut~~ ||secret||', '\\~\\~cut\\~\\~ \\|\\|secret\\|\\|'],
    ['an odd run keeps its last single marker', '~~~ |||', '\\~\\~~ \\|\\||'],
    ['a lone tilde or bar stays', 'rates ~3% | flat', 'rates ~3% | flat'],
    ['backslashes are doubled', 'C:\\reports\\q1', 'C:\\\\reports\\\\q1'],
    ['a backslash before a marker', 'a \\*b', 'a \\\\\\*b'],
    ['urls stay whole', 'see https://news.example/a_b*c and *this*', 'see https://news.example/a_b*c and \\*this\\*'],
    [
      'http and two urls',
      'http://a.example/x_y or https://b.example/~z~',
      'http://a.example/x_y or https://b.example/~z~',
    ],
    [
      'custom and animated emoji stay whole',
      `${emoji} <a:wave_hi:123456789012345678> _x_`,
      `${emoji} <a:wave_hi:123456789012345678> \\_x\\_`,
    ],
    [
      'h1 to h3 and subtext at a line start',
      '# Jobs\n  ## Rates\n### Oil\n-# note',
      '\\# Jobs\n  \\## Rates\n\\### Oil\n\\-# note',
    ],
    ['four hashes are no heading, nor a hash mid-line', '#### four\nlane # 5', '#### four\nlane # 5'],
    ['brackets, so no masked link forms', 'Council [zoning] vote', 'Council \\[zoning\\] vote'],
    [
      'a masked link touching its url',
      '[Click to verify](https://evil.example/login)',
      '\\[Click to verify\\](https://evil.example/login)',
    ],
    [
      'a url ends before a bracket',
      'https://a.example/x[y](https://b.example)',
      'https://a.example/x\\[y\\](https://b.example)',
    ],
    ['angle brackets stay', 'a <b> c', 'a <b> c'],
    ['mass mentions are left to escapeText', '@everyone @here', '@everyone @here'],
    ['user mentions are left to escapeText', '<@123456789012345678> said', '<@123456789012345678> said'],
  ])('%s', (_label, input, expected) => {
    expect(escapeMarkdownText(input)).toBe(expected);
  });
});

describe('escapeLinkText (masked-link labels and digest text: no markup at all)', () => {
  it.each([
    [
      'plain news text is returned as it is',
      'Port workers end strike after talks',
      'Port workers end strike after talks',
    ],
    ['brackets', 'Minister denies [leak]', 'Minister denies \\[leak\\]'],
    ['a whole masked link', '[click here](https://bad.example)', '\\[click here\\](https://bad.example)'],
    ['markdown markers', '**b** _i_ `c`', '\\*\\*b\\*\\* \\_i\\_ \\`c\\`'],
    ['every tilde and bar, not only pairs', 'a ~ b | c ~~d~~', 'a \\~ b \\| c \\~\\~d\\~\\~'],
    ['backslashes', 'C:\\q1 \\[x]', 'C:\\\\q1 \\\\\\[x\\]'],
    ['urls get no exemption', 'see https://news.example/a_b', 'see https://news.example/a\\_b'],
    [
      'mentions, channels and timestamps',
      '<@123> <#456> <t:1700000000:R>',
      '\\<@123\\> \\<#456\\> \\<t:1700000000:R\\>',
    ],
    ['custom emoji', emoji, '\\<:port\\_crane:123456789012345678\\>'],
    ['mass mentions are not its job', '@everyone and @here', '@everyone and @here'],
    ['headings at a line start', '# Jobs\n-# note\nlane # 5', '\\# Jobs\n\\-# note\nlane # 5'],
    ['parentheses stay: only the url part needs them encoded', 'Talks (day 3)', 'Talks (day 3)'],
  ])('%s', (_label, input, expected) => {
    expect(escapeLinkText(input)).toBe(expected);
  });
});

describe('both escapers', () => {
  const samples = [
    'Minister *denies* [leak] of budget_plan',
    'Rates ~~fell~~ rose ||again|| at `10:00` \\ C:\\temp',
    `# Heading\nsee https://news.example/a_b ${emoji} <@123> @everyone`,
    '~~~ ||| ___ *** [[x]] <<y>> -# sub',
    'شمخانی said “no” 🇮🇷',
  ];

  it.each(samples)('only add escapes, so Discord shows %j as written', (text) => {
    expect(showEscaped(escapeMarkdownText(text))).toBe(text);
    expect(showEscaped(escapeLinkText(text))).toBe(text);
  });

  it.each(samples)('escapeLinkText leaves no markup character unprotected in %j', (text) => {
    expect(findUnescaped(escapeLinkText(text), /[\\*_`~|[\]<>]/)).toEqual([]);
  });

  it('stay linear on long passages', () => {
    const passage = 'Ali_Shamkhani said *this* about [the deal] at https://news.example/a_b. '.repeat(200);
    const started = performance.now();
    for (let round = 0; round < 50; round += 1) {
      escapeMarkdownText(passage);
      escapeLinkText(passage);
    }
    expect((performance.now() - started) / 50).toBeLessThan(5);
  });
});
