import { terminalText } from './terminal-text.js';
import type { Answer, AnswerSet, Citation } from '../answer/types.js';
import type { CorpusOverview, Suggestion } from '../service/briefing-service.js';
import { balanceQuoteMarks } from '../presentation/quote-marks.js';
import { choosePassage, isSameText } from '../presentation/shown-passage.js';

/**
 * An answer set as a person reads it in a terminal: each answer, its passage, its citation,
 * without the control sequences that corpus text or the question may carry.
 */
export function renderAnswerSet(set: AnswerSet): string {
  return terminalText(formatAnswerSet(set));
}

function formatAnswerSet(set: AnswerSet): string {
  if (set.error) return set.error;
  if (set.answers.length === 0)
    return `No answer in the corpus for /${set.command} "${set.query}". Try /search ${set.query}`;
  return set.answers.map((answer, index) => `${index + 1}. ${renderAnswer(set.command, answer)}`).join('\n\n');
}

function renderAnswer(command: AnswerSet['command'], answer: Answer): string {
  const lines: string[] = [];
  if (command === 'who' && 'person' in answer) {
    lines.push(answer.person);
    if (answer.roles.length > 0) lines.push(`   Roles: ${answer.roles.join('; ')}`);
  } else if (command === 'when' && 'event' in answer) {
    lines.push(
      `${answer.date ?? 'date unknown'}${answer.dateText ? ` ("${answer.dateText}")` : ' (publication date)'}: ${balanceQuoteMarks(answer.event)}`,
    );
  } else if (command === 'quote' && 'quote' in answer) {
    lines.push(`“${answer.quote}”`, `   ${answer.speaker}`);
  } else if ('text' in answer) {
    lines.push(balanceQuoteMarks(answer.text));
  }
  // The passage that best shows the answer first (for /who, one naming the person); a passage
  // that only repeats the answer, or one already printed (a copy in another source), is not
  // printed again: its source line is enough.
  const shown = choosePassage(command, answer);
  const first = shown?.citation ?? answer.citations[0];
  const citations = first ? [first, ...answer.citations.filter((citation) => citation !== first)] : [];
  const printed: string[] = [];
  // A /when event that is its own passage counts as printed: its copies' passages are too.
  if (first && !shown && command !== 'search') printed.push(first.passage);
  for (const citation of citations) {
    const repeat = command === 'search' || printed.some((passage) => isSameText(passage, citation.passage));
    lines.push(...renderCitation(citation, !repeat));
    if (!repeat) printed.push(citation.passage);
  }
  return lines.join('\n');
}

function renderCitation(citation: Citation, withPassage: boolean): string[] {
  const where = [citation.source, citation.published ?? 'undated'].filter(Boolean).join(', ');
  const lines = [`   — ${citation.title} (${where}) [${citation.article}]${citation.url ? ` ${citation.url}` : ''}`];
  if (withPassage) lines.push(`     > ${balanceQuoteMarks(citation.passage)}`);
  return lines;
}

/** A question with no answer, as Discord says it: similar names, a /search to try, the corpus. */
export function renderNoAnswer(
  set: AnswerSet,
  nearest: readonly Suggestion[],
  overview: Pick<CorpusOverview, 'articles' | 'firstDate' | 'lastDate'>,
): string {
  if (set.error) return set.error;
  const lines = [`No answer in the corpus for /${set.command} "${set.query}".`];
  if (nearest.length > 0) {
    lines.push(set.command === 'quote' ? 'Speakers with similar names:' : 'People with similar names:');
    lines.push(...nearest.map((suggestion) => `  ${suggestion.label}`));
  }
  if (set.command !== 'search') lines.push(`Try /search ${set.query} to look for the words anywhere.`);
  const range = overview.firstDate ? ` dated ${overview.firstDate} to ${overview.lastDate}` : '';
  lines.push(
    `The corpus holds ${overview.articles} article${overview.articles === 1 ? '' : 's'}${range}; /sources lists the newest.`,
  );
  return lines.join('\n');
}
