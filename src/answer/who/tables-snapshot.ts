import type { PeopleDirectory, PersonRecord } from '../../extract/types.js';
import { createTables, placePerson, type PersonForms, type WhoTables } from './person-tables.js';
import { flattenPostings, isFlatPostings, restorePostings, type FlatPostings } from './postings-snapshot.js';

// Bump when the forms change meaning (nameWords, roleWords): old snapshots are then rebuilt.
export const WHO_SNAPSHOT_FORMAT = 'briefbot/who-tables@5';

/**
 * The tables as plain data, persons in directory order. Forms are stored as words joined by
 * spaces (neither name nor role words hold one), so a restore splits strings instead of folding
 * accents and spellings again; the word tables are stored too. Records are not stored: they are
 * the directory's.
 */
export interface WhoTablesSnapshot {
  format: typeof WHO_SNAPSHOT_FORMAT;
  /** Each person's name, and its count of roles, articles and mentions: the record it was made from. */
  names: string[];
  shapes: Int32Array;
  /** Person p's name forms are nameForms[nameFormStart[p] .. nameFormStart[p + 1]); likewise for roles. */
  nameFormStart: Int32Array;
  nameForms: string[];
  roleFormStart: Int32Array;
  roleForms: string[];
  roleCounts: Int32Array;
  /** Person p's role statements' form indices are roleFormOf[roleFormOfStart[p] .. roleFormOfStart[p + 1]). */
  roleFormOfStart: Int32Array;
  roleFormOf: Int32Array;
  byNameWord: FlatPostings;
  byFullName: FlatPostings;
  byRoleWord: FlatPostings;
}

const SHAPE = 3;

function shapeOf(record: PersonRecord): [number, number, number] {
  return [record.roles.length, record.articleIds.length, record.mentionCount];
}

export function snapshotTables(tables: WhoTables): WhoTablesSnapshot {
  const slotAt: number[] = [];
  tables.positions.forEach((position, slot) => {
    if (position >= 0) slotAt[position] = slot;
  });
  const count = slotAt.length;
  const names: string[] = new Array(count);
  const shapes = new Int32Array(count * SHAPE);
  const nameFormStart = new Int32Array(count + 1);
  const roleFormStart = new Int32Array(count + 1);
  const roleFormOfStart = new Int32Array(count + 1);
  const nameForms: string[] = [];
  const roleForms: string[] = [];
  const roleCounts: number[] = [];
  const roleFormOf: number[] = [];
  for (let position = 0; position < count; position++) {
    const slot = slotAt[position]!;
    const record = tables.records[slot]!;
    names[position] = record.name;
    shapes.set(shapeOf(record), position * SHAPE);
    for (const form of tables.nameForms[slot]!) nameForms.push(form.join(' '));
    for (const form of tables.roleForms[slot]!) roleForms.push(form.join(' '));
    roleCounts.push(...tables.roleCounts[slot]!);
    roleFormOf.push(...tables.roleFormOf[slot]!);
    nameFormStart[position + 1] = nameForms.length;
    roleFormStart[position + 1] = roleForms.length;
    roleFormOfStart[position + 1] = roleFormOf.length;
  }
  return {
    format: WHO_SNAPSHOT_FORMAT,
    names,
    shapes,
    nameFormStart,
    nameForms,
    roleFormStart,
    roleForms,
    roleCounts: Int32Array.from(roleCounts),
    roleFormOfStart,
    roleFormOf: Int32Array.from(roleFormOf),
    byNameWord: flattenPostings(tables.byNameWord, tables.positions),
    byFullName: flattenPostings(tables.byFullName, tables.positions),
    byRoleWord: flattenPostings(tables.byRoleWord, tables.positions),
  };
}

/**
 * The tables of a snapshot over this directory, or null when it does not fit (another format,
 * torn arrays, another person at some number): the caller then builds.
 */
export function restoreTables(snapshot: unknown, directory: PeopleDirectory): WhoTables | null {
  if (!isSnapshotShape(snapshot) || !fitsDirectory(snapshot, directory)) return null;
  const count = directory.persons.length;
  const byNameWord = restorePostings(snapshot.byNameWord, count);
  const byFullName = restorePostings(snapshot.byFullName, count);
  const byRoleWord = restorePostings(snapshot.byRoleWord, count);
  if (!byNameWord || !byFullName || !byRoleWord) return null;
  const tables = { ...createTables(), byNameWord, byFullName, byRoleWord };
  const split = (form: string): string[] => form.split(' ');
  directory.persons.forEach((record, position) => {
    const roleStart = snapshot.roleFormStart[position]!;
    const roleEnd = snapshot.roleFormStart[position + 1]!;
    const forms: PersonForms = {
      nameForms: snapshot.nameForms
        .slice(snapshot.nameFormStart[position], snapshot.nameFormStart[position + 1])
        .map(split),
      roleForms: snapshot.roleForms.slice(roleStart, roleEnd).map(split),
      roleCounts: Array.from(snapshot.roleCounts.subarray(roleStart, roleEnd)),
      roleFormOf: Array.from(
        snapshot.roleFormOf.subarray(snapshot.roleFormOfStart[position], snapshot.roleFormOfStart[position + 1]),
      ),
    };
    placePerson(tables, record, position, forms);
  });
  return tables;
}

function isSnapshotShape(value: unknown): value is WhoTablesSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const snapshot = value as Record<string, unknown>;
  return (
    snapshot.format === WHO_SNAPSHOT_FORMAT &&
    ['shapes', 'nameFormStart', 'roleFormStart', 'roleCounts', 'roleFormOfStart', 'roleFormOf'].every(
      (key) => snapshot[key] instanceof Int32Array,
    ) &&
    ['names', 'nameForms', 'roleForms'].every((key) => Array.isArray(snapshot[key])) &&
    ['byNameWord', 'byFullName', 'byRoleWord'].every((key) => isFlatPostings(snapshot[key]))
  );
}

/** Same persons at the same numbers (by name and counts), and every range inside its table. */
function fitsDirectory(snapshot: WhoTablesSnapshot, directory: PeopleDirectory): boolean {
  const count = directory.persons.length;
  if (snapshot.names.length !== count || snapshot.shapes.length !== count * SHAPE) return false;
  const ranges: Array<[Int32Array, number]> = [
    [snapshot.nameFormStart, snapshot.nameForms.length],
    [snapshot.roleFormStart, snapshot.roleForms.length],
    [snapshot.roleFormOfStart, snapshot.roleFormOf.length],
  ];
  if (snapshot.roleCounts.length !== snapshot.roleForms.length) return false;
  for (const [starts, length] of ranges) {
    if (starts.length !== count + 1 || starts[0] !== 0 || starts[count] !== length) return false;
    for (let position = 0; position < count; position++) if (starts[position]! > starts[position + 1]!) return false;
  }
  return directory.persons.every((record, position) => {
    if (record.name !== snapshot.names[position]) return false;
    const shape = shapeOf(record);
    const formOfStart = snapshot.roleFormOfStart[position]!;
    const formOfEnd = snapshot.roleFormOfStart[position + 1]!;
    const forms = snapshot.roleFormStart[position + 1]! - snapshot.roleFormStart[position]!;
    for (let index = formOfStart; index < formOfEnd; index++) {
      const form = snapshot.roleFormOf[index]!;
      if (form < -1 || form >= forms) return false;
    }
    return (
      formOfEnd - formOfStart === shape[0] &&
      shape.every((value, index) => snapshot.shapes[position * SHAPE + index] === value)
    );
  });
}
