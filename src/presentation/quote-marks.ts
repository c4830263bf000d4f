/**
 * Sentences are cut out of their paragraphs, and a quotation can run across the cut: the
 * sentence then shows an opening mark that never closes (or a closing one that never opened).
 * Shown alone, the missing mark is added at the cut, so the reader sees where the quotation
 * lies; the words themselves are unchanged.
 */
const pairs = [
  ['\u201c', '\u201d'],
  ['\u00ab', '\u00bb'],
] as const;

function count(text: string, mark: string): number {
  return text.split(mark).length - 1;
}

export function balanceQuoteMarks(text: string): string {
  let balanced = text;
  for (const [open, close] of pairs) {
    const opens = count(balanced, open);
    const closes = count(balanced, close);
    const firstOpen = balanced.indexOf(open);
    if (opens > closes && balanced.lastIndexOf(open) > balanced.lastIndexOf(close)) {
      balanced = `${balanced}${close}`;
    } else if (closes > opens && (firstOpen === -1 || balanced.indexOf(close) < firstOpen)) {
      balanced = `${open}${balanced}`;
    }
  }
  // A straight mark opens when it starts a word and closes when it ends one.
  const straight = [...balanced.matchAll(/"/g)].map((match) => match.index);
  if (straight.length % 2 === 1) {
    const last = straight.at(-1)!;
    const opensWord = (last === 0 || /[\s([]/.test(balanced[last - 1]!)) && /\S/.test(balanced[last + 1] ?? '');
    balanced = opensWord ? `${balanced}"` : `"${balanced}`;
  }
  return balanced;
}
