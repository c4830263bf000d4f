/** A `---` front matter block: flat `key: value` lines, `[a, b]` lists kept as text. */
export interface FrontMatter {
  fields: Record<string, string>;
  body: string;
}

export function splitFrontMatter(text: string): FrontMatter | null {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return null;
  const fields: Record<string, string> = {};
  for (const line of match[1]!.split(/\r?\n/)) {
    const field = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (field) fields[field[1]!.toLowerCase()] = unquote(field[2]!.trim());
  }
  return { fields, body: text.slice(match[0].length) };
}

function unquote(value: string): string {
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0]) {
    return value.slice(1, -1);
  }
  return value;
}
