import { terminalText } from './terminal-text.js';
import type { Answer, AnswerSet, Citation } from '../answer/types.js';

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
      `${answer.date ?? 'date unknown'}${answer.dateText ? ` ("${answer.dateText}")` : ' (publication date)'}: ${answer.event}`,
    );
  } else if (command === 'quote' && 'quote' in answer) {
    lines.push(`“${answer.quote}”`, `   ${answer.speaker}`);
  } else if ('text' in answer) {
    lines.push(answer.text);
  }
  for (const citation of answer.citations) lines.push(...renderCitation(citation, command !== 'search'));
  return lines.join('\n');
}

function renderCitation(citation: Citation, withPassage: boolean): string[] {
  const where = [citation.source, citation.published ?? 'undated'].filter(Boolean).join(', ');
  const lines = [`   — ${citation.title} (${where}) [${citation.article}]${citation.url ? ` ${citation.url}` : ''}`];
  if (withPassage) lines.push(`     > ${citation.passage}`);
  return lines;
}
