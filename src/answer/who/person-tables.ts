import { nameWords, roleWords } from '../../extract/people/role-words.js';
import type { PersonRecord } from '../../extract/types.js';

/**
 * Lookup tables over the people directory, one slot a person. Slots are not the directory's
 * numbers: a reload renumbers the directory, so each slot records its person's current number
 * (`positions`), which only breaks ties between answers. A slot's words depend on its record
 * alone, so a record the new directory still holds (the same object) keeps its slot as it is.
 */
export interface WhoTables {
  /** The person of each slot; null for a free slot. */
  records: Array<PersonRecord | null>;
  /** Each slot's number in the current directory; -1 for a free slot. */
  positions: number[];
  slotByRecord: Map<PersonRecord, number>;
  freeSlots: number[];
  /** Each slot's name and variants as word lists, each form once, the name first. */
  nameForms: string[][][];
  /** Each slot's distinct roles as word lists. */
  roleForms: string[][][];
  /** How often each of those roles is stated, in the same order. */
  roleCounts: number[][];
  /** For each role statement of the record, its form's index in `roleForms`, -1 when it has no words. */
  roleFormOf: number[][];
  /** Word -> slots whose name forms hold it; full name form -> slots; role word -> slots. Unordered. */
  byNameWord: Map<string, number[]>;
  byFullName: Map<string, number[]>;
  byRoleWord: Map<string, number[]>;
}

/** The words a slot is filed under, worked out from its record once. */
export interface PersonForms {
  nameForms: string[][];
  roleForms: string[][];
  roleCounts: number[];
  roleFormOf: number[];
}

export function createTables(): WhoTables {
  return {
    records: [],
    positions: [],
    slotByRecord: new Map(),
    freeSlots: [],
    nameForms: [],
    roleForms: [],
    roleCounts: [],
    roleFormOf: [],
    byNameWord: new Map(),
    byFullName: new Map(),
    byRoleWord: new Map(),
  };
}

/** `roleWords` of each distinct role text, shared by everyone stating it. */
export type RoleWordCache = Map<string, string[]>;

export function formsOf(record: PersonRecord, cache: RoleWordCache): PersonForms {
  const nameForms = uniqueForms([record.name, ...record.variants].map(nameWords));
  const formIndex = new Map<string, number>();
  const roleForms: string[][] = [];
  const roleCounts: number[] = [];
  const roleFormOf = record.roles.map(({ role }) => {
    let form = cache.get(role);
    if (!form) cache.set(role, (form = roleWords(role)));
    const key = form.join(' ');
    if (!key) return -1;
    let index = formIndex.get(key);
    if (index === undefined) {
      formIndex.set(key, (index = roleForms.push(form) - 1));
      roleCounts.push(0);
    }
    roleCounts[index]!++;
    return index;
  });
  return { nameForms, roleForms, roleCounts, roleFormOf };
}

function uniqueForms(forms: string[][]): string[][] {
  const seen = new Set<string>();
  return forms.filter((form) => {
    const key = form.join(' ');
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Files a person under a free slot (or a new one) and returns the slot. */
export function addPerson(tables: WhoTables, record: PersonRecord, position: number, forms: PersonForms): number {
  const slot = placePerson(tables, record, position, forms);
  forEachPostingKey(tables, forms.nameForms, forms.roleForms, (map, key) => append(map, key, slot));
  return slot;
}

/** Puts a person in a slot without listing it under its words (a restore brings the lists). */
export function placePerson(tables: WhoTables, record: PersonRecord, position: number, forms: PersonForms): number {
  const slot = tables.freeSlots.pop() ?? tables.records.length;
  tables.records[slot] = record;
  tables.positions[slot] = position;
  tables.slotByRecord.set(record, slot);
  tables.nameForms[slot] = forms.nameForms;
  tables.roleForms[slot] = forms.roleForms;
  tables.roleCounts[slot] = forms.roleCounts;
  tables.roleFormOf[slot] = forms.roleFormOf;
  return slot;
}

export function dropSlot(tables: WhoTables, slot: number): void {
  const record = tables.records[slot];
  if (!record) return;
  forEachPostingKey(tables, tables.nameForms[slot]!, tables.roleForms[slot]!, (map, key) => remove(map, key, slot));
  if (tables.slotByRecord.get(record) === slot) tables.slotByRecord.delete(record);
  tables.records[slot] = null;
  tables.positions[slot] = -1;
  tables.nameForms[slot] = [];
  tables.roleForms[slot] = [];
  tables.roleCounts[slot] = [];
  tables.roleFormOf[slot] = [];
  tables.freeSlots.push(slot);
}

/** Each key of each table a slot with these forms is listed under, once each. */
function forEachPostingKey(
  tables: WhoTables,
  nameForms: readonly string[][],
  roleForms: readonly string[][],
  visit: (map: Map<string, number[]>, key: string) => void,
): void {
  const fullNames = new Set<string>();
  const nameWordSet = new Set<string>();
  for (const form of nameForms) {
    fullNames.add(form.join(' '));
    for (const word of form) nameWordSet.add(word);
  }
  for (const key of fullNames) visit(tables.byFullName, key);
  for (const word of nameWordSet) visit(tables.byNameWord, word);
  const roleWordSet = new Set<string>();
  for (const form of roleForms) for (const word of form) roleWordSet.add(word);
  for (const word of roleWordSet) visit(tables.byRoleWord, word);
}

function append(map: Map<string, number[]>, key: string, slot: number): void {
  const list = map.get(key);
  if (list) list.push(slot);
  else map.set(key, [slot]);
}

function remove(map: Map<string, number[]>, key: string, slot: number): void {
  const list = map.get(key);
  if (!list) return;
  const at = list.indexOf(slot);
  if (at < 0) return;
  list[at] = list[list.length - 1]!;
  list.pop();
  if (list.length === 0) map.delete(key);
}
