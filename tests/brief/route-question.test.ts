import { describe, expect, it } from 'vitest';
import { describeRoute, routeQuestion, type RoutedQuestion } from '../../src/command-table/route-question.js';

type Case = [question: string, expected: Omit<RoutedQuestion, 'command'> & { command?: RoutedQuestion['command'] }];

const who: Case[] = [
  ['who is the Iraqi foreign minister', { query: 'the Iraqi foreign minister' }],
  ['Who is Shamkhani?', { query: 'Shamkhani' }],
  ["who's Fuad Hussein", { query: 'Fuad Hussein' }],
  ['who was the Iranian defense minister', { query: 'the Iranian defense minister' }],
  ['Who are the Kurdish leaders', { query: 'the Kurdish leaders' }],
  ['who is Ali Khamenei?', { query: 'Ali Khamenei' }],
  ['whos Rouhani', { query: 'Rouhani' }],
  ['who leads Hezbollah', { query: 'leads Hezbollah' }],
  ['what is the role of Ali Shamkhani', { query: 'Ali Shamkhani' }],
  ['What is the title of James Baker?', { query: 'James Baker' }],
  ['what role does Volcker play', { query: 'Volcker' }],
  ['what job does Nakasone hold', { query: 'Nakasone' }],
  ['tell me about Yasuhiro Nakasone', { query: 'Yasuhiro Nakasone' }],
  ['What does Paul Volcker do?', { query: 'Paul Volcker' }],
  ['who has been the chairman of Texaco', { query: 'the chairman of Texaco' }],
  ['who will be the next Fed chairman', { query: 'the next Fed chairman' }],
  [
    'Who is the secretary of the Supreme National Security Council?',
    { query: 'the secretary of the Supreme National Security Council' },
  ],
  ['who is the OPEC president', { query: 'the OPEC president' }],
  ['which person is the Saudi oil minister', { query: 'the Saudi oil minister' }],
  ['  who   is   Baker ?? ', { query: 'Baker' }],
];

const when: Case[] = [
  ['when did Daesh lose Al-Bukamal', { query: 'Daesh lose Al-Bukamal' }],
  ['When was the Kurdish referendum?', { query: 'the Kurdish referendum' }],
  ['when were the elections held in Iraq', { query: 'the elections held in Iraq' }],
  ['when is the OPEC meeting', { query: 'the OPEC meeting' }],
  ['when will the Fed raise rates', { query: 'the Fed raise rates' }],
  ['When did Texaco file for bankruptcy?', { query: 'Texaco file for bankruptcy' }],
  ['what date did the strike end', { query: 'the strike end' }],
  ['On what date was Mosul liberated?', { query: 'Mosul liberated' }],
  ['which day did the talks start', { query: 'the talks start' }],
  ['in what year was the company founded', { query: 'the company founded' }],
  ['what year did Iran and Iraq go to war', { query: 'Iran and Iraq go to war' }],
  ['date of the Deir Ezzor liberation', { query: 'the Deir Ezzor liberation' }],
  ['the date of the cease-fire', { query: 'the cease-fire' }],
  ['what was the date of the merger', { query: 'the merger' }],
  ['when has the bank cut its prime rate', { query: 'the bank cut its prime rate' }],
  ['When do the GATT talks resume?', { query: 'the GATT talks resume' }],
  ['since when has the embargo been in force', { query: 'the embargo been in force' }],
  ['which month did exports fall', { query: 'exports fall' }],
  ['when had the dividend been paid', { query: 'the dividend been paid' }],
  ['When Daesh flushed out of Al-Bukamal', { query: 'Daesh flushed out of Al-Bukamal' }],
];

const quote: Case[] = [
  ['what did Shamkhani say about Hezbollah', { query: 'Shamkhani', topic: 'Hezbollah' }],
  ['What did Rouhani say?', { query: 'Rouhani' }],
  ['what has Baker said about the dollar', { query: 'Baker', topic: 'the dollar' }],
  ['what did Fuad Hussein tell reporters', { query: 'Fuad Hussein' }],
  ['What does Volcker think about inflation?', { query: 'Volcker', topic: 'inflation' }],
  ['how did Nakasone comment on the trade dispute', { query: 'Nakasone', topic: 'the trade dispute' }],
  ['what did the Iranian official warn', { query: 'the Iranian official' }],
  ['what has OPEC stated regarding output', { query: 'OPEC', topic: 'output' }],
  ['what did Ali Shamkhani declare about terrorism', { query: 'Ali Shamkhani', topic: 'terrorism' }],
  ['what was Baker saying about interest rates', { query: 'Baker', topic: 'interest rates' }],
  ['quotes from Rouhani', { query: 'Rouhani' }],
  ['Quotes by Shamkhani about Iraq', { query: 'Shamkhani', topic: 'Iraq' }],
  ['any quotations from James Baker on the deficit', { query: 'James Baker', topic: 'the deficit' }],
  ['statements by the Saudi oil minister', { query: 'the Saudi oil minister' }],
  ['remarks of Yeutter about Japan', { query: 'Yeutter', topic: 'Japan' }],
  ['did Shamkhani say anything about the referendum', { query: 'Shamkhani', topic: 'the referendum' }],
  ['Did Reagan comment on the tariffs?', { query: 'Reagan', topic: 'the tariffs' }],
  ['did Volcker speak', { query: 'Volcker' }],
  ['what did the Pentagon announce', { query: 'the Pentagon' }],
  ['what have Kurdish leaders claimed about independence', { query: 'Kurdish leaders', topic: 'independence' }],
];

const brief: Case[] = [
  ['brief me on the Kurdish referendum', { query: 'the Kurdish referendum' }],
  ['Brief me about Shamkhani', { query: 'Shamkhani' }],
  ['brief us on OPEC since 1987-03', { query: 'OPEC', since: '1987-03' }],
  ['please brief me on Baker until 1987-04-15', { query: 'Baker', until: '1987-04-15' }],
  ['give me a briefing on the coffee quotas', { query: 'the coffee quotas' }],
  ['prepare a brief on Texaco from 1987 to 1988', { query: 'Texaco', since: '1987', until: '1988' }],
  ['a briefing on Iranian oil exports', { query: 'Iranian oil exports' }],
  ['brief on Volcker', { query: 'Volcker' }],
  ['summarize the GATT talks', { query: 'the GATT talks' }],
  ['Summarise everything on Hezbollah', { query: 'everything on Hezbollah' }],
  ['what do we know about Fuad Hussein?', { query: 'Fuad Hussein' }],
  ['everything about the Iran-Iraq war', { query: 'the Iran-Iraq war' }],
  ['tell me everything about Nakasone', { query: 'Nakasone' }],
  ['background on the Deir Ezzor offensive', { query: 'the Deir Ezzor offensive' }],
  ['can you brief me on sugar prices after 1987-02', { query: 'sugar prices', since: '1987-02' }],
  ['write me a summary of the Fed', { query: 'the Fed' }],
  ['a dossier on Ali Shamkhani', { query: 'Ali Shamkhani' }],
  ['sum up the debt crisis', { query: 'the debt crisis' }],
  ['Timeline of the Kurdish referendum', { command: 'timeline', query: 'the Kurdish referendum' }],
  ['what happened with Texaco, newest first', { command: 'timeline', query: 'Texaco', order: 'newest' }],
];

function check(command: RoutedQuestion['command'], cases: Case[]): void {
  for (const [question, expected] of cases) {
    const routed = routeQuestion(question);
    expect({ question, ...routed }).toMatchObject({ question, command, ...expected });
  }
}

describe('/ask routes a question in plain words to the command that answers it', () => {
  it('sends 20 ways of asking who someone is to /who, with the name or role as typed', () => check('who', who));
  it('sends 20 ways of asking when something happened to /when', () => check('when', when));
  it('sends 20 ways of asking what someone said to /quote, speaker and topic apart', () => check('quote', quote));
  it('sends 20 ways of asking for a brief to /brief (two to /timeline), dates read off the end', () =>
    check('brief', brief));

  it('reads a timeline order, and sends what it does not recognise to /search', () => {
    expect(routeQuestion('what happened with Texaco, newest first')).toMatchObject({ order: 'newest' });
    expect(routeQuestion('chronology of the strike oldest first')).toMatchObject({
      command: 'timeline',
      query: 'the strike',
      order: 'oldest',
    });
    expect(routeQuestion('Al-Bukamal oil field')).toEqual({ command: 'search', query: 'Al-Bukamal oil field' });
    expect(routeQuestion('who')).toMatchObject({ command: 'search' });
  });

  it('says which command it used, in the syntax the asker can type next time', () => {
    expect(describeRoute(routeQuestion('what did Shamkhani say about Hezbollah'))).toBe(
      'Asked as /quote speaker:Shamkhani topic:Hezbollah',
    );
    expect(describeRoute(routeQuestion('brief me on OPEC since 1987-03'))).toBe('Asked as /brief OPEC since:1987-03');
  });
});
