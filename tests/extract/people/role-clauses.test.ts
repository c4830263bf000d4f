import { describe, expect, it } from 'vitest';
import { peopleIn, rolesOf } from './support.js';

describe('roles end where another clause begins', () => {
  it.each([
    [
      'a conjunction after the head',
      'England prop Omar Haddad is a prop but when it comes to selection Tom Reed is ahead.',
      'Omar Haddad',
      ['England prop', 'prop'],
    ],
    [
      '"since" after the head',
      'Omar Haddad, director of the Fenice Theatre since 2002, said so.',
      'Omar Haddad',
      ['director of the Fenice Theatre'],
    ],
    [
      'a relative clause in the past perfect',
      'Omar Haddad, who had been a pension specialist for the firm, stole the plans.',
      'Omar Haddad',
      ['pension specialist for the firm'],
    ],
    ['an opinion of the person', 'Omar Haddad is a capable player, the coach said.', 'Omar Haddad', []],
    [
      'a part played',
      'It was written by Omar Haddad, who also stars as a gun-toting grandmother, in 2004.',
      'Omar Haddad',
      [],
    ],
    ['a view of them', 'Omar Haddad, who the paper described as a prominent activist, was freed.', 'Omar Haddad', []],
    [
      'a post held until a time',
      'Omar Haddad, head of the label until last year, said so.',
      'Omar Haddad',
      ['head of the label until last year'],
    ],
    [
      'a participle compound before the head',
      'It won backing from drug-testing expert Omar Haddad.',
      'Omar Haddad',
      ['drug-testing expert'],
    ],
    [
      'a position on the field',
      'Chelsea physio Omar Haddad and Bath prop Tom Reed were there.',
      'Omar Haddad',
      ['Chelsea physio'],
    ],
    [
      'a member on the back benches',
      'Tory backbencher Sir Omar Haddad challenged her.',
      'Omar Haddad',
      ['Tory backbencher'],
    ],
    [
      'a title held in a past season',
      "It is a blow as last year's champion, Omar Haddad, and runner-up, Tom Reed, will be absent.",
      'Omar Haddad',
      ["last year's champion"],
    ],
    ['an age', 'A late header by teenager Omar Haddad earned a draw.', 'Omar Haddad', []],
    [
      'words before a rank word',
      'Former Chelsea captain Omar Haddad says there is no comparison.',
      'Omar Haddad',
      ['Former Chelsea captain'],
    ],
    ['a team before a rank word', 'England captain Omar Haddad scored twice.', 'Omar Haddad', ['England captain']],
    ['a peerage stays a title of its own', 'Labour peer Lord Omar Haddad spoke.', 'Omar Haddad', ['Labour peer']],
    [
      'a participle naming the body',
      'Omar Haddad, the new CEO of the company now called Ardenco SRL, has a history with it.',
      'Omar Haddad',
      ['new CEO of the company now called Ardenco SRL'],
    ],
    [
      'a place named after a saint inside the body',
      'Omar Haddad became a research professor of the University of St Andrews in 2003.',
      'Omar Haddad',
      ['research professor of the University of St Andrews'],
    ],
  ])('%s', (_rule, text, name, roles) => {
    expect(rolesOf(peopleIn(text), name)).toEqual(roles);
  });
});
