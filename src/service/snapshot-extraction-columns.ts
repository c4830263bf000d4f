import type { Article } from '../corpus/article.js';
import type { ArticleExtraction, DatedEvent, PersonMention, Quotation } from '../extract/types.js';
import { isUsualShape } from './snapshot-extraction-shape.js';

/**
 * Extractions of the usual shape as a snapshot stores them: one stream of numbers a part and a
 * table of the strings it names, each stored once a part. v8's deserialiser reads an object key
 * by key (each key a string to look up, each value a string of its own: 600,000 copies of dates,
 * speaker kinds and article ids at rest over Reuters); here a start makes each object as one
 * literal, its text sliced from the paragraph or taken from the table. An extraction of another
 * shape (a field this code does not know, a type it does not expect) is not put in the stream:
 * `encodeExtraction` says so and the caller stores it as it is.
 */
export interface ExtractionStream {
  ints: number[];
  strings: string[];
  stringIndex: Map<string, number>;
}

// Below V8's smallest sliced string (13 characters) a slice is a copy anyway.
const MIN_SPAN_LENGTH = 16;

export function createStream(): ExtractionStream {
  return { ints: [], strings: [], stringIndex: new Map() };
}

function stringRef(stream: ExtractionStream, text: string): number {
  let index = stream.stringIndex.get(text);
  if (index === undefined) {
    index = stream.strings.length;
    stream.strings.push(text);
    stream.stringIndex.set(text, index);
  }
  return index;
}

/** Appends one extraction to the stream; false (and nothing appended) when it is not of the usual shape. */
export function encodeExtraction(stream: ExtractionStream, extraction: unknown, article: Article | undefined): boolean {
  if (!isUsualShape(extraction)) return false;
  const { ints } = stream;
  const ref = (text: string): number => stringRef(stream, text);
  // Two numbers a text: its span in the paragraph, or -1 and its place in the table.
  const text = (value: string, paragraph: number): void => {
    const words = article?.paragraphs[paragraph];
    const start = value.length >= MIN_SPAN_LENGTH && words !== undefined ? words.indexOf(value) : -1;
    if (start >= 0) ints.push(start, start + value.length);
    else ints.push(-1, ref(value));
  };
  ints.push(ref(extraction.articleId), extraction.people.length);
  for (const person of extraction.people) {
    ints.push(ref(person.name), person.variants.length, ...person.variants.map(ref), person.roles.length);
    for (const role of person.roles) {
      ints.push(role.paragraph);
      text(role.role, role.paragraph);
      text(role.sentence, role.paragraph);
    }
    ints.push(person.mentions.length);
    for (const mention of person.mentions) {
      ints.push(mention.paragraph);
      text(mention.sentence, mention.paragraph);
    }
  }
  ints.push(extraction.events.length);
  for (const event of extraction.events) {
    ints.push(event.paragraph);
    text(event.sentence, event.paragraph);
    ints.push(event.date === null ? -1 : ref(event.date));
    text(event.dateText, event.paragraph);
    text(event.event, event.paragraph);
  }
  ints.push(extraction.quotations.length);
  for (const quotation of extraction.quotations) {
    ints.push(quotation.paragraph);
    text(quotation.sentence, quotation.paragraph);
    text(quotation.quote, quotation.paragraph);
    ints.push(ref(quotation.speaker), ref(quotation.speakerKind));
    text(quotation.passage, quotation.paragraph);
  }
  return true;
}

/** Reads extractions written by encodeExtraction, in order. */
export class StreamReader {
  position = 0;

  constructor(
    private readonly ints: Int32Array,
    private readonly strings: readonly string[],
    private readonly articles: ReadonlyMap<string, Article>,
  ) {}

  get done(): boolean {
    return this.position >= this.ints.length;
  }

  /** The next int; -1 as the first of an extraction marks one stored apart (not read here). */
  peek(): number {
    return this.ints[this.position]!;
  }

  skip(): void {
    this.position++;
  }

  private int(): number {
    const value = this.ints[this.position++];
    if (value === undefined || value < 0) throw new Error('the extraction stream is cut short or damaged');
    return value;
  }

  private string(index: number): string {
    const value = this.strings[index];
    if (value === undefined) throw new Error('the extraction stream names a string it does not hold');
    return value;
  }

  read(): ArticleExtraction {
    const storedId = this.string(this.int());
    const article = this.articles.get(storedId);
    // The article's own id string, so the extraction holds no copy of it.
    const articleId = article?.id ?? storedId;
    const paragraphs = article?.paragraphs;
    const text = (paragraph: number): string => {
      const start = this.ints[this.position++]!;
      const end = this.ints[this.position++]!;
      if (start === -1) return this.string(end);
      const words = paragraphs?.[paragraph];
      if (words === undefined || start < 0 || end < start || end > words.length)
        throw new Error(`a span of the extraction of ${storedId} does not fit its article`);
      return words.slice(start, end);
    };
    const people: PersonMention[] = new Array<PersonMention>(this.int());
    for (let index = 0; index < people.length; index++) {
      const name = this.string(this.int());
      const variants: string[] = new Array<string>(this.int());
      for (let variant = 0; variant < variants.length; variant++) variants[variant] = this.string(this.int());
      const roles: PersonMention['roles'] = new Array<PersonMention['roles'][number]>(this.int());
      for (let role = 0; role < roles.length; role++) {
        const paragraph = this.int();
        roles[role] = { role: text(paragraph), paragraph, sentence: text(paragraph) };
      }
      const mentions: PersonMention['mentions'] = new Array<PersonMention['mentions'][number]>(this.int());
      for (let mention = 0; mention < mentions.length; mention++) {
        const paragraph = this.int();
        mentions[mention] = { paragraph, sentence: text(paragraph) };
      }
      people[index] = { name, variants, roles, mentions };
    }
    const events: DatedEvent[] = new Array<DatedEvent>(this.int());
    for (let index = 0; index < events.length; index++) {
      const paragraph = this.int();
      const sentence = text(paragraph);
      const date = this.ints[this.position++]!;
      events[index] = {
        paragraph,
        sentence,
        date: date === -1 ? null : this.string(date),
        dateText: text(paragraph),
        event: text(paragraph),
      };
    }
    const quotations: Quotation[] = new Array<Quotation>(this.int());
    for (let index = 0; index < quotations.length; index++) {
      const paragraph = this.int();
      const sentence = text(paragraph);
      const quote = text(paragraph);
      const speaker = this.string(this.int());
      const speakerKind = this.string(this.int()) as Quotation['speakerKind'];
      quotations[index] = { paragraph, sentence, quote, speaker, speakerKind, passage: text(paragraph) };
    }
    return { articleId, people, events, quotations };
  }
}
