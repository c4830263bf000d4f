import { parseQuoteQuestion } from '../../src/answer/question/parse-quote-question.js';
import type { Article } from '../../src/corpus/article.js';
import type { Knowledge } from '../../src/knowledge/knowledge.js';
import { buildBrief } from '../../src/brief/build-brief.js';
import type { Brief, BriefRequest } from '../../src/brief/types.js';
import type { AnswerSet, Citation, CommandName, QuoteAnswer, WhenAnswer, WhoAnswer } from '../../src/answer/types.js';
import type {
  CorpusOverview,
  MemoryBriefingService,
  ReloadReport,
  Suggestion,
} from '../../src/service/briefing-service.js';
import type { DigestStories } from '../../src/digest/digest-source.js';

/** Short synthetic articles in the style of wire news, written for these tests. */
function makeArticle(
  id: string,
  title: string,
  published: string | null,
  url: string | null,
  paragraphs: string[],
): Article {
  return {
    id,
    path: `${id}.txt`,
    title,
    published,
    source: 'Example Wire',
    url,
    paragraphs,
    credits: [],
    extra: {},
    contentHash: id,
  };
}

export const sampleArticles: Article[] = [
  makeArticle(
    'wires/harbor-strike',
    'Dock workers end harbor strike after pay deal',
    '2021-04-06',
    'https://news.example/harbor-strike',
    [
      'Union leader Maria Okafor said on Monday the strike at the harbor was over.',
      '"We won a fair deal for every crew," Okafor told reporters outside the port gates.',
    ],
  ),
  makeArticle('wires/rail-budget', 'Rail budget approved after long debate', '2021-03-02', null, [
    'Port director Tom Reyes welcomed the rail budget approved by the council on Tuesday.',
    '"Freight will move faster by autumn," Reyes said.',
  ]),
  makeArticle('desk/council-vote', 'Council *votes* on_harbor [zoning]', null, 'https://news.example/council', [
    'City councillor Tom Reyes voted against the zoning plan for the harbor.',
  ]),
];

interface Person {
  name: string;
  roles: string[];
  articles: string[];
  passage: string;
}

const people: Person[] = [
  {
    name: 'Maria Okafor',
    roles: ['union leader'],
    articles: ['wires/harbor-strike'],
    passage: sampleArticles[0]!.paragraphs[0]!,
  },
  {
    name: 'Tom Reyes',
    roles: ['port director'],
    articles: ['wires/rail-budget'],
    passage: sampleArticles[1]!.paragraphs[0]!,
  },
  {
    name: 'Tom Reyes',
    roles: ['city councillor'],
    articles: ['desk/council-vote'],
    passage: sampleArticles[2]!.paragraphs[0]!,
  },
];

const quotes = [
  { speaker: 'Maria Okafor', quote: 'We won a fair deal for every crew', article: 'wires/harbor-strike', paragraph: 1 },
  { speaker: 'Tom Reyes', quote: 'Freight will move faster by autumn', article: 'wires/rail-budget', paragraph: 1 },
];

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 3);
}

function matches(query: string, text: string): boolean {
  const wanted = words(query);
  const have = text.toLowerCase();
  return wanted.length > 0 && wanted.every((word) => have.includes(word));
}

/**
 * An in-memory BriefingService with knobs the tests turn: answers fixed per question, a
 * reload that waits for a gate or fails, an ask that throws.
 */
export class FakeBriefingService implements MemoryBriefingService {
  articles = new Map(sampleArticles.map((article) => [article.id, article]));
  readonly fixedAnswers = new Map<string, AnswerSet>();
  reloadGate: Promise<void> | null = null;
  nextReloadFailure: string | null = null;
  failAsk: string | null = null;
  /** Answers come this late (a slow database), so the adapter's deferral can be seen. */
  answerDelayMs = 0;
  reloads = 0;
  /** Set, as a process serving from PostgreSQL sets it: /reload and /add say this instead. */
  reloadElsewhere: string | undefined = undefined;
  private reloading = false;

  private cite(articleId: string, passage: string): Citation {
    const article = this.articles.get(articleId)!;
    return {
      article: article.id,
      title: article.title,
      source: article.source,
      published: article.published,
      url: article.url,
      passage,
    };
  }

  async ask(command: CommandName, query: string): Promise<AnswerSet> {
    if (this.answerDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.answerDelayMs));
    if (this.failAsk) throw new Error(this.failAsk);
    const fixed = this.fixedAnswers.get(`${command}:${query}`);
    if (fixed) return fixed;
    if (command === 'who') {
      const answers: WhoAnswer[] = people
        .filter((person) => matches(query, person.name))
        .map((person) => ({
          person: person.name,
          roles: person.roles,
          citations: person.articles.map((id) => this.cite(id, person.passage)),
        }));
      return { command, query, answers };
    }
    if (command === 'quote') {
      const answers: QuoteAnswer[] = quotes
        // Like the real answerer: the question's speaker picks the speaker, its topic must be in the quotation.
        .filter((quote) => {
          const question = parseQuoteQuestion(query);
          const speakerWords = words(question.speaker ?? '');
          return (
            speakerWords.length > 0 &&
            speakerWords.every((word) => quote.speaker.toLowerCase().includes(word)) &&
            words(question.topic ?? '').every((word) => quote.quote.toLowerCase().includes(word))
          );
        })
        .map((quote) => ({
          quote: quote.quote,
          speaker: quote.speaker,
          citations: [this.cite(quote.article, this.articles.get(quote.article)!.paragraphs[quote.paragraph]!)],
        }));
      return { command, query, answers };
    }
    const passages = [...this.articles.values()].flatMap((article) =>
      article.paragraphs.map((text) => ({ article, text })),
    );
    const found = passages.filter((passage) => matches(query, passage.text));
    if (command === 'when') {
      const answers: WhenAnswer[] = found.map(({ article, text }) => ({
        date: article.published,
        event: text,
        citations: [this.cite(article.id, text)],
      }));
      return { command, query, answers };
    }
    return {
      command,
      query,
      answers: found.map(({ article, text }) => ({ text, citations: [this.cite(article.id, text)] })),
    };
  }

  article(id: string): Article | undefined {
    return this.articles.get(id);
  }

  peopleIn(articleId: string): string[] {
    return [...new Set(people.filter((person) => person.articles.includes(articleId)).map((person) => person.name))];
  }

  async suggest(kind: 'person' | 'speaker' | 'article', text: string, limit: number): Promise<Suggestion[]> {
    const needle = text.toLowerCase();
    if (kind === 'article') {
      return [...this.articles.values()]
        .filter((article) => article.title.toLowerCase().includes(needle))
        .slice(0, limit)
        .map((article) => ({ label: article.title, value: article.id }));
    }
    const pool =
      kind === 'speaker' ? people.filter((person) => quotes.some((quote) => quote.speaker === person.name)) : people;
    return pool
      .filter((person) => person.name.toLowerCase().includes(needle))
      .slice(0, limit)
      .map((person) => ({
        label: `${person.name} (${person.articles.length} article) · ${person.roles[0]}`,
        value: person.name,
      }));
  }

  overview(): CorpusOverview {
    const all = [...this.articles.values()];
    const dates = all
      .map((article) => article.published)
      .filter((date): date is string => date !== null)
      .sort();
    return {
      articles: all.length,
      passages: all.reduce((sum, article) => sum + article.paragraphs.length, 0),
      dated: dates.length,
      firstDate: dates[0] ?? null,
      lastDate: dates.at(-1) ?? null,
      newest: this.listArticles().map(({ id, title, published, source }) => ({ id, title, published, source })),
      skipped: [],
    };
  }

  listArticles(): Article[] {
    return [...this.articles.values()].sort((left, right) =>
      (right.published ?? '').localeCompare(left.published ?? ''),
    );
  }

  /** A topic brief over the sample articles: a paragraph matches when it holds every word asked. */
  brief(request: BriefRequest): Brief {
    const knowledge = this.knowledge();
    return buildBrief(
      {
        knowledge,
        findPersons: () => [],
        searchPassages: (query, limit) => {
          const words = query.toLowerCase().split(/\s+/).filter(Boolean);
          return [...knowledge.articles.values()]
            .flatMap((article) =>
              article.paragraphs.map((text, paragraph) => ({
                passage: { articleId: article.id, paragraph, position: paragraph, text },
                score: 1,
              })),
            )
            .filter(({ passage }) => words.every((word) => passage.text.toLowerCase().includes(word)))
            .slice(0, limit);
        },
        today: '2021-06-01',
      },
      request,
    );
  }

  readStories(articles: readonly Article[]): DigestStories {
    return { articles: [...articles], knowledge: this.knowledge() };
  }

  knowledge(): Knowledge {
    return { articles: this.articles, extractions: new Map(), people: { persons: [], byArticleName: {} } };
  }

  isReloading(): boolean {
    return this.reloading;
  }

  async reload(): Promise<ReloadReport> {
    if (this.reloading) throw new Error('a reload is already running');
    this.reloading = true;
    this.reloads += 1;
    try {
      if (this.reloadGate) await this.reloadGate;
      if (this.nextReloadFailure) {
        const message = this.nextReloadFailure;
        this.nextReloadFailure = null;
        throw new Error(message);
      }
      const added = makeArticle('wires/new-ferry', 'New ferry line opens', '2021-05-01', null, [
        'The ferry line opened on Saturday.',
      ]);
      this.articles = new Map([...this.articles, [added.id, added]]);
      return {
        added: [added.id],
        changed: [],
        removed: [],
        skipped: [{ path: 'notes/empty.txt', reason: 'empty file' }],
        articles: this.articles.size,
        milliseconds: 5,
      };
    } finally {
      this.reloading = false;
    }
  }
}
