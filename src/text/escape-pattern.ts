/** `text` as a regular expression that matches it literally (names hold dots and brackets). */
export function escapePattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
