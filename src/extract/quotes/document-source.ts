import { ORGANIZATION_NOUNS } from './lexicon.js';
import { isDemonym } from '../people/lexicon.js';
import { isRoleNoun } from '../people/role-nouns.js';
import type { QuoteContext, Speaker } from './quote-context.js';
import type { QuoteSpan } from './quote-spans.js';

// Report-like documents whose author an article names when it first brings them in.
const AUTHORED_DOCUMENT = /^the\s+(report|study|survey|analysis|paper|review|memo|letter|statement|book)$/i;

const EMPLOYED_AUTHOR = /^\s+\p{Ll}+\s+\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*){1,2}/u;

// What may stand between a document and its author: a comma, or a participle of publishing and a
// few words ("released on Monday by"), never a clause of its own ("said ministers were disturbed by").
const BETWEEN = String.raw`(?:\s*,)?(?:\s+(?:released|published|issued|commissioned|written|prepared|compiled|produced|sent|signed|drawn\s+up|out)(?:\s+(?!by\b|from\b)[\p{L}\p{N}]+){0,3})?\s*,?\s+`;

// A capitalised name of a body, with the small words inside such names ("Institute for Fiscal Studies").
const BODY = String.raw`((?:the\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:of|on|for|and|the|&|\p{Lu}[\p{L}\p{N}'’.&-]*))*)`;

/**
 * "the report" as the article first brings it in: "a new report released on Monday by the Arden
 * Institute for Fiscal Studies" makes the speaker "the report by the Arden Institute for Fiscal
 * Studies", so a question about the body finds its words.
 * The first mention before the quotation that names an author wins; none keeps the name.
 */
export function nameDocumentAuthor(context: QuoteContext, speaker: Speaker, span: QuoteSpan): Speaker {
  const document = AUTHORED_DOCUMENT.exec(speaker.name)?.[1]?.toLowerCase();
  if (speaker.kind !== 'document' || !document) return speaker;
  const { byAuthor, possessive, published, saidIn, saidThen } = patternsFor(document);
  for (let paragraph = 0; paragraph <= span.startParagraph; paragraph++) {
    const text = context.paragraphs[paragraph]!;
    const before = paragraph === span.startParagraph ? text.slice(0, span.openIndex) : text;
    const byFound = byAuthor.exec(before);
    const found =
      byFound ?? possessive.exec(before) ?? published.exec(before) ?? saidIn.exec(before) ?? saidThen.exec(before);
    if (!found) continue;
    const body = byFound ? found[2]! : found[1]!;
    // "the Ardenco consortium": a lower-case word for a body ends its name; "by Sunday Telegraph
    // journalist Robert Peston": a role and a name after it are the author the body employs.
    const after = before.slice(found.index + found[0].length);
    const kind = /^\s+(\p{Ll}+)\b/u.exec(after)?.[1];
    const employed = kind && isRoleNoun(kind) ? EMPLOYED_AUTHOR.exec(after)?.[0].trim() : undefined;
    const author = employed
      ? `${trimAuthor(body) ?? body} ${employed}`
      : trimAuthor(kind && ORGANIZATION_NOUNS.has(kind) ? `${body} ${kind}` : body);
    if (!author) continue;
    const name = byFound ? `the ${document} ${byFound[1]} ${author}` : `${author}'s ${document}`;
    return { ...speaker, name };
  }
  return namedByKind(context, document, span) ?? speaker;
}

/**
 * "The Ardenco Bank has predicted a recovery. A bank study said ...": a document brought in by the
 * kind of body that wrote it is the one body of that kind the story named before, in capitals.
 */
function namedByKind(context: QuoteContext, document: string, span: QuoteSpan): Speaker | null {
  const before = context.paragraphs
    .slice(0, span.startParagraph + 1)
    .map((text, paragraph) => (paragraph === span.startParagraph ? text.slice(0, span.openIndex) : text))
    .join('\n');
  const kind = new RegExp(String.raw`\b(?:[Aa]n?|[Tt]he)\s+(\p{Ll}+)\s+${document}\b`, 'u').exec(before)?.[1];
  if (!kind || !ORGANIZATION_NOUNS.has(kind)) return null;
  const noun = `${kind[0]!.toUpperCase()}${kind.slice(1)}`;
  const bodies = new Set(
    [...before.matchAll(new RegExp(String.raw`((?:\p{Lu}[\p{L}'’.&-]*\s+){1,4})${noun}\b`, 'gu'))]
      .map((match) => trimAuthor(`${match[1]!}${noun}`))
      .filter((body): body is string => body !== null),
  );
  if (bodies.size !== 1) return null;
  const [body] = bodies;
  return { name: `${body!.replace(/^the\s+/, '')} ${document}`, kind: 'document' };
}

interface AuthorPatterns {
  byAuthor: RegExp;
  possessive: RegExp;
  published: RegExp;
  saidIn: RegExp;
  saidThen: RegExp;
}

const patternsByDocument = new Map<string, AuthorPatterns>();

/** The three ways an article names a document's author, made once a document noun. */
function patternsFor(document: string): AuthorPatterns {
  let patterns = patternsByDocument.get(document);
  if (patterns) return patterns;
  patterns = {
    byAuthor: new RegExp(
      String.raw`\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\p{L}-]+\s+){0,3}?${document}${BETWEEN}\b(by|from)\s+${BODY}`,
      'u',
    ),
    possessive: new RegExp(
      String.raw`${BODY}['’]s\s+(?:(?:new|latest|annual|own|first|final|recent|interim|\d{4})\s+){0,2}${document}\b`,
      'u',
    ),
    // "Ardenco published its analysis of hiring trends. The report ...": the publisher.
    published: new RegExp(
      String.raw`${BODY}\s+(?:has\s+|have\s+)?(?:published|released|issued|produced|commissioned)\s+(?:its|their|an?)\s+(?:[\p{L}-]+\s+){0,2}?(?:report|study|survey|analysis|review|paper)\b`,
      'u',
    ),
    // "In a statement the Ardenco Society said ...": the body that said it in the document.
    saidIn: new RegExp(
      String.raw`\b[Ii]n\s+(?:a|an|its|their)\s+(?:[\p{L}-]+\s+){0,2}?${document}\s*,?\s+${BODY}\s+(?:said|says|stated|added)\b`,
      'u',
    ),
    // "The Ardenco Society said in a statement ...".
    saidThen: new RegExp(
      String.raw`${BODY}\s+(?:said|says|stated)\s+in\s+(?:a|an|its|their)\s+(?:[\p{L}-]+\s+){0,2}?${document}\b`,
      'u',
    ),
  };
  patternsByDocument.set(document, patterns);
  return patterns;
}

/** The name without small words it ran on into ("Ofcom and the" -> "Ofcom"). */
function trimAuthor(author: string): string | null {
  const trimmed = author
    .replace(/(?:\s+(?:of|on|for|and|the|&))+$/, '')
    .trim()
    .replace(/^The\s/, 'the ');
  if (/^(?:the|a|an|it|its|this|that|their|our|his|her)$/i.test(trimmed)) return null;
  const words = trimmed.replace(/^the\s+/, '').split(/\s+/);
  // "a statement by the French foreign ministry": a demonym begins the body's name, not all of it.
  if (words.every((word) => isDemonym(word.toLowerCase()))) return null;
  return /\p{Lu}/u.test(words.join(' ')) ? trimmed : null;
}
