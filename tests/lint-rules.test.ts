import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The rules that fire on `code` as if it were the file at `filePath`. */
async function rulesFiring(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('the layer rules of eslint.config.js', () => {
  it('keep discord.js and src/discord out of every core folder', async () => {
    const core = ['corpus', 'text', 'extract', 'knowledge', 'search', 'answer', 'service', 'digest'];
    for (const folder of core) {
      expect(await rulesFiring(`src/${folder}/example.ts`, "export { Client } from 'discord.js';\n"), folder).toContain(
        'no-restricted-imports',
      );
      expect(
        await rulesFiring(
          `src/${folder}/deeper/example.ts`,
          "export { discordLimits } from '../../discord/render/limits.js';\n",
        ),
        folder,
      ).toContain('no-restricted-imports');
    }
  });

  it('keep the terminal off Discord, and let the Discord adapter use it', async () => {
    const importClient = "export { Client } from 'discord.js';\n";
    expect(await rulesFiring('src/terminal/example.ts', importClient)).toContain('no-restricted-imports');
    expect(await rulesFiring('src/discord/example.ts', importClient)).not.toContain('no-restricted-imports');
    expect(
      await rulesFiring('src/discord/example.ts', "export { startDigestScheduler } from '../digest/scheduler.js';\n"),
    ).not.toContain('no-restricted-imports');
  });
});
