import type { ArticleExtraction } from '../extract/types.js';

// What the snapshot's extraction stream holds (snapshot-extraction-columns.ts): exactly these
// keys in this order with these types. Anything else is stored as it is, so a field added to
// the extractions later is never dropped by a stream that does not know it.
const EXTRACTION_KEYS = ['articleId', 'people', 'events', 'quotations'];
const PERSON_KEYS = ['name', 'variants', 'roles', 'mentions'];
const ROLE_KEYS = ['role', 'paragraph', 'sentence'];
const MENTION_KEYS = ['paragraph', 'sentence'];
const EVENT_KEYS = ['paragraph', 'sentence', 'date', 'dateText', 'event'];
const QUOTATION_KEYS = ['paragraph', 'sentence', 'quote', 'speaker', 'speakerKind', 'passage'];

type Fields = Record<string, unknown>;

function hasKeys(value: unknown, keys: readonly string[]): value is Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const own = Object.keys(value);
  return own.length === keys.length && own.every((key, index) => key === keys[index]);
}

const isParagraph = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0x7fffffff;
const isString = (value: unknown): value is string => typeof value === 'string';
const listOf = (value: unknown, check: (item: unknown) => boolean): value is unknown[] =>
  Array.isArray(value) && value.every(check);

const isRole = (value: unknown): boolean =>
  hasKeys(value, ROLE_KEYS) && isString(value.role) && isParagraph(value.paragraph) && isString(value.sentence);
const isMention = (value: unknown): boolean =>
  hasKeys(value, MENTION_KEYS) && isParagraph(value.paragraph) && isString(value.sentence);
const isPerson = (value: unknown): boolean =>
  hasKeys(value, PERSON_KEYS) &&
  isString(value.name) &&
  listOf(value.variants, isString) &&
  listOf(value.roles, isRole) &&
  listOf(value.mentions, isMention);
const isEvent = (value: unknown): boolean =>
  hasKeys(value, EVENT_KEYS) &&
  isParagraph(value.paragraph) &&
  isString(value.sentence) &&
  (value.date === null || isString(value.date)) &&
  isString(value.dateText) &&
  isString(value.event);
const isQuotation = (value: unknown): boolean =>
  hasKeys(value, QUOTATION_KEYS) &&
  isParagraph(value.paragraph) &&
  [value.sentence, value.quote, value.speaker, value.speakerKind, value.passage].every(isString);

/** Whether an extraction has exactly the shape the stream holds (keys in this order, these types). */
export function isUsualShape(extraction: unknown): extraction is ArticleExtraction {
  return (
    hasKeys(extraction, EXTRACTION_KEYS) &&
    isString(extraction.articleId) &&
    listOf(extraction.people, isPerson) &&
    listOf(extraction.events, isEvent) &&
    listOf(extraction.quotations, isQuotation)
  );
}
