/**
 * A 32-bit hash of what makes two slots the same answer: the date, the words giving it and the
 * event's words. Kept a slot in the tables, so a question can pass over the many slots that
 * cannot be a copy of the answers it already has without reading their articles.
 * Equal answers always hash alike; unequal ones rarely do, and are then compared in full.
 */
export function hashAnswerKey(date: string | null, dateText: string | undefined, event: string): number {
  let hash = 0x811c9dc5;
  hash = mix(hash, date ?? '\u0000');
  hash = mix(hash, dateText ?? '');
  return mix(hash, event);
}

// FNV-1a over UTF-16 code units, closed with a separator so ("ab", "c") and ("a", "bc") differ.
function mix(start: number, text: string): number {
  let hash = start;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return Math.imul(hash ^ 0xffff, 0x01000193) | 0;
}
