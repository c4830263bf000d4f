import type { Article } from '../../corpus/article.js';
import type { ArticleExtraction, PeopleDirectory } from '../types.js';
import { assembleDirectory, type DirectoryEntry } from './assemble-directory.js';
import { compareLocals, linkSurname, localsOf, surnameOf, type LocalPerson } from './link-surname.js';
import { compareRuns, runsOf, type PersonRun } from './person-runs.js';
import type { RoleProfiles } from './role-comparison.js';

/**
 * Links the persons of every article into corpus-wide records. The same full name is one person;
 * a shorter form joins the full name that ends with it when the roles agree or it is the only
 * candidate; namesakes whose roles disagree stay apart. Persons come in the order of the mention
 * that founded them (`compareLocals`), so the order of `extractions` does not matter.
 */
export function linkPeople(_articles: readonly Article[], extractions: Iterable<ArticleExtraction>): PeopleDirectory {
  const bySurname = new Map<string, LocalPerson[]>();
  const entangled: string[] = [];
  for (const extraction of extractions) {
    const locals = localsOf(extraction);
    for (const local of locals) {
      const surname = surnameOf(local);
      const list = bySurname.get(surname);
      if (list) list.push(local);
      else bySurname.set(surname, [local]);
    }
    if (isEntangled(locals)) entangled.push(extraction.articleId);
  }
  const profiles: RoleProfiles = new Map();
  const runs: PersonRun[] = [];
  for (const [surname, locals] of bySurname) runs.push(...linkSurnameRuns(surname, locals, profiles));
  return assembleDirectory(entriesOf(runs.sort(compareRuns)), null, entangled.sort());
}

/** One surname's persons linked into runs; `locals` in any order. */
export function linkSurnameRuns(surname: string, locals: LocalPerson[], profiles: RoleProfiles): PersonRun[] {
  return runsOf(linkSurname(locals.sort(compareLocals), profiles), surname);
}

/** Runs (in directory order) as directory entries. */
export function entriesOf(runs: readonly PersonRun[]): DirectoryEntry[] {
  return runs.flatMap((run) => run.persons.map((person, index) => ({ ...person, runStart: index === 0 })));
}

/**
 * Whether two of an article's persons with different surnames share a name form there: their
 * `byArticleName` key goes to the later of them in the directory, so both surnames are linked
 * together whenever one is.
 */
export function isEntangled(locals: readonly LocalPerson[]): boolean {
  if (locals.length < 2) return false;
  const surnameByForm = new Map<string, string>();
  for (const local of locals) {
    const surname = surnameOf(local);
    for (const form of [local.person.name, ...local.person.variants]) {
      const other = surnameByForm.get(form);
      if (other === undefined) surnameByForm.set(form, surname);
      else if (other !== surname) return true;
    }
  }
  return false;
}
