import { describe, expect, it } from 'vitest';
import { parseTextArticle } from '../../src/corpus/parse-front-matter-article.js';
import { isChromeLine } from '../../src/corpus/web-chrome.js';

describe('isChromeLine', () => {
  it.each([
    '12 Comments',
    '(4)',
    '75 with 51 posters participating',
    'Share on LinkedIn',
    'Share this story',
    'Facebook | Twitter | Email',
    'Follow us on Instagram',
    'Tweet',
    'Sign up for our morning newsletter',
    'Subscribe now',
    'You must login or create an account to comment.',
    'Leave a comment',
    'Leave this field blank',
    'Cancel reply',
    'Most popular',
    'Related stories',
    'More on this story',
    'Story continues below advertisement',
    'Advertisement',
    'chat_bubble_outline 3',
    'thumb_up 15',
    '© 2024 Example Media. All rights reserved.',
    'Home | News | Sport | Weather',
    'Next article',
  ])('drops %j', (line) => {
    expect(isChromeLine(line)).toBe(true);
  });

  it.each([
    'Share prices fell sharply on Monday after the bank raised its rates again.',
    'Follow the money, the inspector told the committee.',
    'The minister said 12 comments had been received before the deadline.',
    'Most popular among voters was the plan to build a new bridge over the river.',
    'Home secretary Anna Berg said the new rules would take effect in June.',
  ])('keeps %j', (line) => {
    expect(isChromeLine(line)).toBe(false);
  });
});

const STORY = [
  'The harbour board voted on Friday to dredge the channel before the winter storms, ending months of delay.',
  'Board chair Ines Varga said the work would start in October and cost about 12 million euros.',
  '"We cannot wait another winter," Varga told reporters after the vote, which passed by seven to two.',
  'Fishermen had warned that the silted channel made the harbour unsafe at low tide.',
];

describe('parseWebScrape on a whole page saved as text', () => {
  it('keeps the story and drops the menu, the teasers, the comment counter and the comments form', () => {
    const page = [
      'Harbour Times',
      'Home',
      'Local news from the coast and the islands',
      'Weather and tides for the week ahead',
      'Harbour board votes to dredge the channel',
      'By Tom Reyes',
      ...STORY,
      'Most popular',
      'Ferry timetable changes for the summer season announced',
      'New cafe opens on the quay with views of the old lighthouse',
      'Island school wins national science prize for second year',
      'Council to review parking charges near the beach',
      'Lifeboat crew rescues two sailors off the northern point',
      '3 Comments',
      'Great news, about time the board did something for us.',
      'Post a comment',
      'Your email address will not be published.',
    ].join('\n');
    const article = parseTextArticle(page, false);
    expect(article.title).toBe('Harbour board votes to dredge the channel');
    expect(article.paragraphs).toEqual(STORY);
  });
});
