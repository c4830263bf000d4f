import type { Json } from './json.js';

/**
 * What Discord rejects with 400 / 50035 (Invalid Form Body), so the fake can reject it too.
 * Each check returns the list of problems as "path: reason"; empty means accepted.
 */
export const messageLimits = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  embedTotal: 6000,
  actionRows: 5,
  rowComponents: 5,
  customId: 100,
  buttonLabel: 80,
} as const;

export const autocompleteLimits = { choices: 25, name: 100, value: 100 } as const;

export const commandLimits = {
  name: 32,
  description: 100,
  options: 25,
  choices: 25,
  globalCommands: 100,
} as const;

function textLength(value: unknown): number {
  return typeof value === 'string' ? value.length : 0;
}

function checkText(problems: string[], path: string, value: unknown, max: number, required = false): void {
  if (value === undefined || value === null) {
    if (required) problems.push(`${path}: required`);
    return;
  }
  if (typeof value !== 'string') {
    problems.push(`${path}: must be a string`);
    return;
  }
  if (required && value.length === 0) problems.push(`${path}: must not be empty`);
  if (value.length > max) problems.push(`${path}: ${value.length} > ${max} characters`);
}

function checkEmbed(problems: string[], path: string, embed: Json): number {
  checkText(problems, `${path}.title`, embed.title, messageLimits.title);
  checkText(problems, `${path}.description`, embed.description, messageLimits.description);
  const footer = (embed.footer ?? {}) as Json;
  const author = (embed.author ?? {}) as Json;
  if (embed.footer) checkText(problems, `${path}.footer.text`, footer.text, messageLimits.footer, true);
  if (embed.author) checkText(problems, `${path}.author.name`, author.name, messageLimits.authorName, true);
  let total =
    textLength(embed.title) + textLength(embed.description) + textLength(footer.text) + textLength(author.name);
  const fields = (embed.fields ?? []) as Json[];
  if (fields.length > messageLimits.fields) problems.push(`${path}.fields: ${fields.length} > ${messageLimits.fields}`);
  fields.forEach((field, index) => {
    checkText(problems, `${path}.fields[${index}].name`, field.name, messageLimits.fieldName, true);
    checkText(problems, `${path}.fields[${index}].value`, field.value, messageLimits.fieldValue, true);
    total += textLength(field.name) + textLength(field.value);
  });
  if (embed.url !== undefined && !/^https?:\/\//.test(String(embed.url))) {
    problems.push(`${path}.url: not a valid http(s) url`);
  }
  return total;
}

function checkComponents(problems: string[], components: Json[]): void {
  if (components.length > messageLimits.actionRows) {
    problems.push(`components: ${components.length} > ${messageLimits.actionRows} rows`);
  }
  const customIds = new Set<string>();
  components.forEach((row, rowIndex) => {
    const children = (row.components ?? []) as Json[];
    if (row.type !== 1) problems.push(`components[${rowIndex}].type: must be an action row`);
    if (children.length === 0 || children.length > messageLimits.rowComponents) {
      problems.push(`components[${rowIndex}].components: 1-${messageLimits.rowComponents} required`);
    }
    children.forEach((child, index) => {
      const path = `components[${rowIndex}].components[${index}]`;
      checkText(problems, `${path}.label`, child.label, messageLimits.buttonLabel);
      if (child.style !== 5) {
        checkText(problems, `${path}.custom_id`, child.custom_id, messageLimits.customId, true);
        const customId = String(child.custom_id);
        if (customIds.has(customId)) problems.push(`${path}.custom_id: duplicate`);
        customIds.add(customId);
      }
    });
  });
}

/** A message body as sent to a callback, a webhook edit, a follow-up or a channel. */
export function checkMessage(body: Json): string[] {
  const problems: string[] = [];
  checkText(problems, 'content', body.content, messageLimits.content);
  const embeds = (body.embeds ?? []) as Json[];
  if (embeds.length > messageLimits.embeds) problems.push(`embeds: ${embeds.length} > ${messageLimits.embeds}`);
  let total = 0;
  embeds.forEach((embed, index) => {
    total += checkEmbed(problems, `embeds[${index}]`, embed);
  });
  if (total > messageLimits.embedTotal)
    problems.push(`embeds: ${total} > ${messageLimits.embedTotal} characters in all`);
  checkComponents(problems, (body.components ?? []) as Json[]);
  return problems;
}

export function checkAutocomplete(body: Json): string[] {
  const problems: string[] = [];
  const choices = body.choices;
  if (!Array.isArray(choices)) return ['choices: required'];
  if (choices.length > autocompleteLimits.choices) {
    problems.push(`choices: ${choices.length} > ${autocompleteLimits.choices}`);
  }
  (choices as Json[]).forEach((choice, index) => {
    checkText(problems, `choices[${index}].name`, choice.name, autocompleteLimits.name, true);
    if (typeof choice.value === 'string') {
      checkText(problems, `choices[${index}].value`, choice.value, autocompleteLimits.value);
    }
  });
  return problems;
}

const namePattern = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;

function checkOptions(problems: string[], path: string, options: Json[]): void {
  if (options.length > commandLimits.options) problems.push(`${path}: ${options.length} > ${commandLimits.options}`);
  let seenOptional = false;
  options.forEach((option, index) => {
    const optionPath = `${path}[${index}]`;
    if (!namePattern.test(String(option.name))) problems.push(`${optionPath}.name: invalid "${String(option.name)}"`);
    checkText(problems, `${optionPath}.description`, option.description, commandLimits.description, true);
    const choices = (option.choices ?? []) as Json[];
    if (choices.length > commandLimits.choices) problems.push(`${optionPath}.choices: > ${commandLimits.choices}`);
    if (option.autocomplete && choices.length > 0) problems.push(`${optionPath}: autocomplete with choices`);
    const isSubcommand = option.type === 1 || option.type === 2;
    if (isSubcommand) checkOptions(problems, `${optionPath}.options`, (option.options ?? []) as Json[]);
    else if (option.required) {
      if (seenOptional) problems.push(`${optionPath}: required option after an optional one`);
    } else seenOptional = true;
  });
}

/** A bulk-overwrite body: the list of commands. */
export function checkCommands(body: unknown): string[] {
  if (!Array.isArray(body)) return ['body: must be a list of commands'];
  const problems: string[] = [];
  if (body.length > commandLimits.globalCommands)
    problems.push(`body: ${body.length} > ${commandLimits.globalCommands}`);
  const names = new Set<string>();
  (body as Json[]).forEach((command, index) => {
    const path = `[${index}]`;
    const name = String(command.name);
    const type = Number(command.type ?? 1);
    // User and message commands (context menus): any name of 1-32 characters, no description, no options.
    if (type === 2 || type === 3) {
      if (name.trim().length === 0 || name.length > commandLimits.name)
        problems.push(`${path}.name: invalid "${name}"`);
      if (command.description) problems.push(`${path}.description: must be empty for a context menu command`);
      if (command.options) problems.push(`${path}.options: not allowed on a context menu command`);
      if (names.has(`${type}:${name}`)) problems.push(`${path}.name: duplicate "${name}"`);
      names.add(`${type}:${name}`);
      return;
    }
    if (!namePattern.test(name)) problems.push(`${path}.name: invalid "${name}"`);
    if (names.has(name)) problems.push(`${path}.name: duplicate "${name}"`);
    names.add(name);
    checkText(problems, `${path}.description`, command.description, commandLimits.description, true);
    if (command.default_member_permissions !== undefined && command.default_member_permissions !== null) {
      if (!/^\d+$/.test(String(command.default_member_permissions))) {
        problems.push(`${path}.default_member_permissions: must be a bit string`);
      }
    }
    checkOptions(problems, `${path}.options`, (command.options ?? []) as Json[]);
  });
  return problems;
}
