import type { Suggestion, SuggestionKind } from '../../service/briefing-service.js';
import { articleSuggestion, misspelt, personSuggestion, typosAllowed } from '../../service/suggest.js';
import { editDistance } from '../../text/edit-distance.js';
import { foldText } from '../../text/normalize.js';
import { visibleAt, type PinnedRead } from './pinned-read.js';
import { withoutNul } from './write-answer-tables.js';

interface PersonRow {
  person: number;
  name: string;
  forms: string[];
  articles: number;
  mentions: number;
  role: string | null;
}

const toSuggestion = (row: PersonRow): Suggestion => personSuggestion(row.name, row.articles, row.role ?? undefined);

/**
 * Autocomplete from the tables the indexer wrote, as src/service/suggest.ts answers from
 * memory: names containing the typed text ranked alike in SQL (exact, prefix, a word's prefix,
 * elsewhere; then articles, mentions, directory order), else the names a typo or two away.
 */
export async function suggestFromDatabase(
  read: PinnedRead,
  kind: SuggestionKind,
  text: string,
  limit: number,
): Promise<Suggestion[]> {
  const typed = withoutNul(foldText(text).trim());
  if (kind === 'article') {
    const rows = await read.db.query<{ id: string; label: string }>(
      `SELECT id, label FROM article_suggestions WHERE ${visibleAt('article_suggestions', '$1')} AND strpos(folded, $2) > 0
        ORDER BY ordinal LIMIT $3`,
      [read.version, typed, limit],
    );
    // The label is stored whole, title and date: cut as the in-memory engine cuts it.
    return rows.rows.map((row) => articleSuggestion({ id: row.id, title: row.label, published: null }));
  }
  const quotedOnly = kind === 'speaker';
  const rows = await read.db.query<PersonRow>(
    `SELECT person, name, forms, articles, mentions, role FROM person_suggestions
      WHERE ${visibleAt('person_suggestions', '$1')} AND ($4::boolean IS FALSE OR quoted)
        AND EXISTS (SELECT 1 FROM unnest(forms) AS form WHERE strpos(form, $2) > 0)
      ORDER BY CASE WHEN forms[1] = $2 THEN 0 WHEN starts_with(forms[1], $2) THEN 1
                    WHEN strpos(' ' || forms[1], ' ' || $2) > 0 THEN 2 ELSE 3 END,
               articles DESC, mentions DESC, directory_order COLLATE "C"
      LIMIT $3`,
    [read.version, typed, limit, quotedOnly],
  );
  if (rows.rows.length > 0) return rows.rows.map(toSuggestion);
  return suggestMisspelt(read, typed, limit, quotedOnly);
}

/** The people misspelt() accepts, read among those holding a word near the first typed one. */
async function suggestMisspelt(
  read: PinnedRead,
  typed: string,
  limit: number,
  quotedOnly: boolean,
): Promise<Suggestion[]> {
  const first = typed.split(/[\s-]+/).find((word) => word.length >= 4);
  if (!first) return [];
  const allowed = typosAllowed(first);
  // Words further apart in length than the typos allowed are further apart in edits too.
  const words = await read.db.query<{ word: string; persons: number[] }>(
    `SELECT word, persons FROM person_words WHERE ${visibleAt('person_words', '$1')} AND length(word) BETWEEN $2 AND $3`,
    [read.version, first.length - allowed, first.length + allowed],
  );
  const near = new Set<number>();
  for (const row of words.rows) {
    if (editDistance(first, row.word, allowed) <= allowed) for (const person of row.persons) near.add(person);
  }
  if (near.size === 0) return [];
  const candidates = await read.db.query<PersonRow>(
    `SELECT person, name, forms, articles, mentions, role FROM person_suggestions
      WHERE ${visibleAt('person_suggestions', '$1')} AND person = ANY($2::int[]) AND ($3::boolean IS FALSE OR quoted)
      ORDER BY directory_order COLLATE "C"`,
    [read.version, [...near], quotedOnly],
  );
  const found = misspelt(
    candidates.rows.map((row) => ({ person: row, folded: row.forms })),
    typed,
  );
  found.sort(
    (a, b) => a.rank - b.rank || b.person.articles - a.person.articles || b.person.mentions - a.person.mentions,
  );
  return found.slice(0, limit).map(({ person }) => toSuggestion(person));
}
