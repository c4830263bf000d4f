/**
 * Lines that web scrapes carry around an article: sharing widgets, comment forms, loaders,
 * section links. Matched on whole trimmed lines, case-insensitively.
 */
const CHROME_LINES: RegExp[] = [
  /^share (the news|this( article| story)?|on \w+)\b.*$/,
  /^please wait\W*$/,
  /^loading\W*$/,
  /^\d+ (replies|reply|comments?)$/,
  /^leave a (reply|comment)$/,
  /^want to join the discussion\??$/,
  /^feel free to contribute!?$/,
  /^your email address will not be published\b.*$/,
  /^required fields are marked\b.*$/,
  /^sponsored( links| content)?$/,
  /^advertisement$/,
  /^top( \w+)? stories$/,
  /^(related|more|latest)( \w+)? (stories|articles|news|posts)$/,
  /^(read more|see also|click here)\b.*$/,
  /^star ?add to favorites$/,
  /^folder_open.*$/,
  /^.*access_time.*$/,
  /^(local editor|editor|admin)$/,
  /^(print|email|e-mail|facebook|twitter|whatsapp|telegram|tags?:?)$/,
  /^(previous|next)( article| post)?$/,
  /^subscribe\b.*$/,
  /^all rights reserved\b.*$/,
];

export function isChromeLine(line: string): boolean {
  const trimmed = line.trim();
  if (!/\p{L}/u.test(trimmed)) return true; // "©", "// -0.072745", rules and separators
  if (/^\/\//.test(trimmed)) return true;
  const lower = trimmed.toLowerCase();
  return CHROME_LINES.some((pattern) => pattern.test(lower));
}

/** "AP Photo / Felipe Dana", "Photo: Reuters", "Getty Images": kept as metadata, not body text. */
export function isPhotoCredit(line: string): boolean {
  const trimmed = line.trim();
  // Counting stops at nine words: a 10 MB line is not split into millions of words to say no.
  const words = /\S+/g;
  let count = 0;
  while (count <= 8 && words.exec(trimmed)) count++;
  if (count > 8) return false;
  return /^(©\s*)?((\p{L}+\s)?(photo|image|picture)s?\b|getty images|afp|reuters\/|credit:)/iu.test(trimmed)
    || /\b(photo|images?)\s*[/:|]\s*\S/i.test(trimmed);
}
