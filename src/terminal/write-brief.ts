import { writeFile } from 'node:fs/promises';
import { renderBriefMarkdown } from '../presentation/brief-markdown.js';
import type { BriefingService } from '../service/briefing-service.js';
import { jsonLine, terminalText } from './terminal-text.js';

/**
 * `brief "<topic>"`: the brief's Markdown on stdout, or written to `--out FILE` (stdout then says
 * where); `--json` gives the brief object. Exit 1 when there is no brief (nothing matches, a bad date).
 */
export async function writeBrief(
  service: BriefingService,
  subject: string,
  options: { since?: string; until?: string; out?: string; json: boolean },
): Promise<number> {
  const brief = await service.brief({ subject, since: options.since, until: options.until });
  const text = options.json ? jsonLine(brief) : brief.error ? terminalText(brief.error) : renderBriefMarkdown(brief);
  if (options.out && !brief.error) {
    await writeFile(options.out, text);
    process.stdout.write(`${terminalText(`brief on ${brief.title} written to ${options.out}`)}\n`);
  } else {
    process.stdout.write(`${text.trimEnd()}\n`);
  }
  return brief.error ? 1 : 0;
}
