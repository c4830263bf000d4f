import type { Article } from '../corpus/article.js';
import type { PeopleDirectory, PersonRecord } from '../extract/types.js';

/**
 * The people directory as a snapshot stores it. Each person's roles repeat the sentence that
 * states them (a string of its own, 3 MB over Reuters) and the id of its article; stored as
 * objects every one of them, and every name and variant, was a string to deserialise and copy.
 * Here persons of the usual shape are a stream of numbers: a role's words and sentence are
 * spans of its article's paragraph when found there (given back as slices), its article id the
 * article's own string, and the names a table of strings, each once. A person of another shape
 * is kept as an object. The key map and the linking bookkeeping are stored as they are.
 */
export interface PackedPeople extends Omit<PeopleDirectory, 'persons'> {
  count: number;
  stream: Int32Array;
  strings: string[];
  /** Persons of another shape, in order; -1 in the stream where one comes. */
  others: PersonRecord[];
}

// Below V8's smallest sliced string (13 characters) a slice is a copy anyway.
const MIN_SPAN_LENGTH = 16;
const PERSON_KEYS = ['name', 'variants', 'roles', 'articleIds', 'mentionCount'];
const ROLE_KEYS = ['role', 'paragraph', 'sentence', 'articleId'];

const hasKeys = (value: object, keys: readonly string[]): boolean => {
  const own = Object.keys(value);
  return own.length === keys.length && own.every((key, index) => key === keys[index]);
};
const isString = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0x7fffffff;

function isUsualPerson(person: PersonRecord): boolean {
  return (
    typeof person === 'object' &&
    person !== null &&
    hasKeys(person, PERSON_KEYS) &&
    isString(person.name) &&
    Array.isArray(person.variants) &&
    person.variants.every(isString) &&
    Array.isArray(person.articleIds) &&
    person.articleIds.every(isString) &&
    isCount(person.mentionCount) &&
    Array.isArray(person.roles) &&
    person.roles.every(
      (role) =>
        typeof role === 'object' &&
        role !== null &&
        hasKeys(role, ROLE_KEYS) &&
        isString(role.role) &&
        isCount(role.paragraph) &&
        isString(role.sentence) &&
        isString(role.articleId),
    )
  );
}

/** The directory for a snapshot; the original is untouched. */
export function packPeople(people: PeopleDirectory, articles: ReadonlyMap<string, Article>): PackedPeople {
  const stream: number[] = [];
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const others: PersonRecord[] = [];
  const ref = (value: string): number => {
    let index = stringIndex.get(value);
    if (index === undefined) {
      index = strings.length;
      strings.push(value);
      stringIndex.set(value, index);
    }
    return index;
  };
  // Two numbers a text: its span in the paragraph, or -1 and its place in the table.
  const text = (value: string, paragraph: string | undefined): void => {
    const start = value.length >= MIN_SPAN_LENGTH && paragraph !== undefined ? paragraph.indexOf(value) : -1;
    if (start >= 0) stream.push(start, start + value.length);
    else stream.push(-1, ref(value));
  };
  for (const person of people.persons) {
    if (!isUsualPerson(person)) {
      stream.push(-1);
      others.push(person);
      continue;
    }
    stream.push(ref(person.name), person.variants.length, ...person.variants.map(ref));
    stream.push(person.articleIds.length, ...person.articleIds.map(ref), person.mentionCount, person.roles.length);
    for (const role of person.roles) {
      const paragraph = articles.get(role.articleId)?.paragraphs[role.paragraph];
      stream.push(ref(role.articleId), role.paragraph);
      text(role.role, paragraph);
      text(role.sentence, paragraph);
    }
  }
  const { persons, ...rest } = people;
  return { ...rest, count: persons.length, stream: Int32Array.from(stream), strings, others };
}

/** The directory of a snapshot, its roles' text sliced from `articles`' paragraphs; throws when they do not fit. */
export function unpackPeople(packed: unknown, articles: ReadonlyMap<string, Article>): PeopleDirectory {
  const fields = packed as Partial<PackedPeople> | null;
  if (
    !Number.isSafeInteger(fields?.count) ||
    !(fields?.stream instanceof Int32Array) ||
    !Array.isArray(fields.strings) ||
    !Array.isArray(fields.others)
  )
    throw new Error('the people are not in their packed form');
  const { count, stream, strings, others, ...rest } = fields as PackedPeople;
  let at = 0;
  let other = 0;
  const damaged = (): Error => new Error('the people directory is damaged or does not fit its articles');
  const int = (): number => {
    const value = stream[at++];
    if (value === undefined || value < 0) throw damaged();
    return value;
  };
  const string = (): string => {
    const value = strings[int()];
    if (value === undefined) throw damaged();
    return value;
  };
  const text = (paragraph: string | undefined): string => {
    const start = stream[at++]!;
    if (start === -1) return string();
    const end = stream[at++]!;
    if (paragraph === undefined || !(start >= 0 && end >= start && end <= paragraph.length)) throw damaged();
    return paragraph.slice(start, end);
  };
  const persons = new Array<PersonRecord>(count);
  for (let index = 0; index < count; index++) {
    if (stream[at] === -1) {
      at++;
      persons[index] = others[other++]!;
      continue;
    }
    const name = string();
    const variants = new Array<string>(int());
    for (let variant = 0; variant < variants.length; variant++) variants[variant] = string();
    const articleIds = new Array<string>(int());
    for (let article = 0; article < articleIds.length; article++) {
      const id = string();
      articleIds[article] = articles.get(id)?.id ?? id;
    }
    const mentionCount = int();
    const roles = new Array<PersonRecord['roles'][number]>(int());
    for (let role = 0; role < roles.length; role++) {
      const storedId = string();
      const article = articles.get(storedId);
      const paragraph = int();
      const words = article?.paragraphs[paragraph];
      const roleText = text(words);
      roles[role] = { role: roleText, paragraph, sentence: text(words), articleId: article?.id ?? storedId };
    }
    persons[index] = { name, variants, roles, articleIds, mentionCount };
  }
  if (at !== stream.length || other !== others.length) throw damaged();
  return { persons, ...rest } as PeopleDirectory;
}
