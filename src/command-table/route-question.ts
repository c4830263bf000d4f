/**
 * /ask: a question in plain words sent to the command that answers it, by the shape of the
 * question alone (its opening words), so the asker is told which command it used and can ask
 * that one next time. Anything the patterns do not recognise is a /search.
 */
export type RoutedCommand = 'who' | 'when' | 'quote' | 'search' | 'brief' | 'timeline';

export interface RoutedQuestion {
  command: RoutedCommand;
  /** What the command is asked: the name, the event, the words, the subject; for /quote the speaker. */
  query: string;
  /** /quote's topic, when the question names one. */
  topic?: string;
  /** /brief's and /timeline's dates, when the question gives them. */
  since?: string;
  until?: string;
  /** /timeline's order. */
  order?: 'oldest' | 'newest';
}

const date = String.raw`\d{4}(?:-\d{2}(?:-\d{2})?)?`;

interface Rule {
  command: RoutedCommand;
  pattern: RegExp;
}

// Order matters: the more specific shapes first ("what did X say" before "what ... ").
const rules: Rule[] = [
  {
    command: 'brief',
    pattern:
      /^(?:(?:please|can you|could you|pls)\s+)?(?:brief (?:me|us)(?: (?:on|about|regarding))?|(?:give|get|prepare|make|write|send)(?: (?:me|us))? an? (?:brief|briefing|summary|dossier|rundown)(?: (?:on|about|of))?|(?:an? )?(?:brief|briefing|dossier|rundown)(?: (?:on|about|for|of))?|summari[sz]e|sum up|what do we know about|everything (?:on|about)|tell me everything(?: (?:on|about))?|background (?:on|about))\s+(.+)$/d,
  },
  {
    command: 'timeline',
    pattern:
      /^(?:(?:show|give|get|make|build|draw)(?: (?:me|us))? )?(?:an? |the )?(?:timeline|chronology|sequence of events)(?: (?:of|for|on|about|in))?\s+(.+)$|^(?:what happened(?: (?:with|to|in|around))?|in what order did things happen (?:with|for|to)|how did (?:events|things) unfold (?:for|with|in|around)|dates? (?:of events )?(?:for|in|around))\s+(.+)$/d,
  },
  {
    command: 'quote',
    pattern:
      /^(?:what|how)\s+(?:did|does|do|has|have|had|is|was)\s+(.+?)\s+(?:say|said|saying|said to say|tell|told|telling|state|stated|claim|claimed|claiming|comment|commented|declare|declared|announce|announced|think|thinks|thought|warn|warned)(?: (?:reporters|journalists|the press|the media|parliament|us|the nation))?(?:\s+(?:about|on|regarding|concerning|of|over)\s+(.+))?$/d,
  },
  {
    command: 'when',
    pattern:
      /^(?:when|(?:on |in )?what (?:date|day|year|month|time)|(?:on |in )?which (?:date|day|year|month)|how long ago|since when|date of|the date of|what was the date of)\s+(?:did |was |were |is |are |will |would |does |do |has |have |had |could |can |of )?(.+)$/d,
  },
  {
    command: 'who',
    pattern:
      /^(?:who(?:'s|’s| is| was| are| were| has been| will be)?|whos|what (?:is|are|was) the (?:role|job|title|position)s? of|tell me about|which person is|name of)\s+(.+)$/d,
  },
  {
    command: 'who',
    pattern: /^(?:what (?:role|job|title|position)s? (?:does|did|do) (.+?) (?:have|hold|play)|what does (.+?) do)$/d,
  },
  {
    command: 'quote',
    pattern:
      /^(?:(?:any |some |the )?(?:quotes?|quotations?|statements?|remarks?|words)(?: (?:from|by|of))|(?:quote|show me what|tell me what|find what)(?: did)?)\s+(.+?)(?:\s+(?:said|say|says|stated|told)(?: (?:about|on|regarding) (.+))?)?(?:\s+(?:about|on|regarding)\s+(.+))?$/d,
  },
  {
    command: 'quote',
    pattern: /^did\s+(.+?)\s+(?:say|comment|speak|talk)(?: anything)?(?:\s+(?:about|on|regarding)\s+(.+))?$/d,
  },
];

/** The dates a brief or timeline question ends with: "since 1987-03", "until 1987", "from 1987 to 1988". */
function takeDates(text: string): { text: string; since?: string; until?: string } {
  let rest = text;
  let since: string | undefined;
  let until: string | undefined;
  const range = new RegExp(String.raw`\s+(?:from|between)\s+(${date})\s+(?:to|and|until|till)\s+(${date})$`).exec(rest);
  if (range) {
    [since, until] = [range[1], range[2]];
    rest = rest.slice(0, range.index);
  }
  for (;;) {
    const mark = new RegExp(String.raw`\s+(since|after|from|until|till|before|up to|to)\s+(${date})$`).exec(rest);
    if (!mark) break;
    if (/^(?:since|after|from)$/.test(mark[1]!)) since = mark[2];
    else until = mark[2];
    rest = rest.slice(0, mark.index);
  }
  return { text: rest, since, until };
}

function takeOrder(text: string): { text: string; order?: 'oldest' | 'newest' } {
  const mark = /,?\s+(?:(newest|latest|most recent)|(oldest|earliest)) first$/.exec(text);
  if (!mark) return { text };
  return { text: text.slice(0, mark.index), order: mark[1] ? 'newest' : 'oldest' };
}

function clean(text: string): string {
  return text
    .replace(/^[\s"'“”‘’]+|[\s"'“”‘’?.!]+$/g, '')
    .replace(/^(?:the (?:whole|entire) )/, '')
    .trim();
}

/** The command a plain-words question goes to, with what it asks; a /search when nothing fits. */
export function routeQuestion(question: string): RoutedQuestion {
  const text = question
    .replace(/\s+/g, ' ')
    .replace(/^[\s/]*ask\s+/i, '')
    .replace(/[?!.\s]+$/, '')
    .trim();
  const lower = text.toLowerCase();
  for (const rule of rules) {
    const match = rule.pattern.exec(lower);
    if (!match) continue;
    // Groups hold lower-cased words: take the same span of the question as typed (names keep their capitals).
    const groups = match
      .slice(1)
      .map((group, index) => (group === undefined ? undefined : spanOf(text, lower, match, index + 1)));
    if (rule.command === 'quote') {
      const [speaker, ...topics] = groups.filter((group): group is string => group !== undefined);
      if (!speaker || !clean(speaker)) continue;
      const topic = topics.map(clean).find(Boolean);
      return { command: 'quote', query: clean(speaker), ...(topic ? { topic } : {}) };
    }
    const subject = groups.filter((group): group is string => group !== undefined).at(-1);
    if (!subject || !clean(subject)) continue;
    if (rule.command === 'brief' || rule.command === 'timeline') {
      const ordered = takeOrder(subject);
      const dated = takeDates(ordered.text);
      const query = clean(dated.text);
      if (!query) continue;
      return {
        command: rule.command,
        query,
        ...(dated.since ? { since: dated.since } : {}),
        ...(dated.until ? { until: dated.until } : {}),
        ...(rule.command === 'timeline' && ordered.order ? { order: ordered.order } : {}),
      };
    }
    return { command: rule.command, query: clean(subject) };
  }
  return { command: 'search', query: clean(text) || text };
}

/** The text of group `index` as typed: the match ran on the lower-cased question, which has the same offsets. */
function spanOf(text: string, lower: string, match: RegExpExecArray, index: number): string {
  const span = match.indices?.[index];
  // Lower-casing keeps lengths for the scripts the corpus holds; where it does not, the group as matched.
  if (!span || text.length !== lower.length) return match[index]!;
  return text.slice(span[0], span[1]);
}

/** How the routing is told to the asker: "Asked as /quote speaker:Shamkhani topic:Hezbollah". */
export function describeRoute(route: RoutedQuestion): string {
  const parts = [`/${route.command}`];
  if (route.command === 'quote') {
    parts.push(`speaker:${route.query}`);
    if (route.topic) parts.push(`topic:${route.topic}`);
  } else {
    parts.push(route.query);
  }
  if (route.since) parts.push(`since:${route.since}`);
  if (route.until) parts.push(`until:${route.until}`);
  if (route.order) parts.push(`order:${route.order}`);
  return `Asked as ${parts.join(' ')}`;
}
