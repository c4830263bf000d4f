import { colours, type ReplyPage } from './reply-page.js';
import { truncate } from './text.js';

/** A short reply in one embed: refusals, rate limits, errors. Text is written by the bot. */
export function renderNotice(text: string, tone: 'notice' | 'warning' | 'failure' = 'notice'): ReplyPage {
  return { embeds: [{ description: truncate(text, 4000), color: colours[tone] }] };
}
