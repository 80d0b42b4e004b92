import type { z } from 'zod';
import { FIELD_LABELS as FIELD_TITLES } from '../checklist/labels';

// Russian wording of settings problems: where (a site by number and name, an option by its label) and what.
// Shared by the storage reader, imported files, browser policy and the options page.

export const OPTION_NAMES: Record<string, string> = {
  sites: 'Список сайтов',
  gateEnabled: '«Удерживать оформление пластиковой карты» (gateEnabled)',
  piiTtlMinutes: '«Срок хранения данных гражданина, мин» (piiTtlMinutes)',
  journalRetentionDays: '«Срок хранения журнала, дней» (journalRetentionDays)',
  office: 'Отделение (office)',
};

const SITE_PARTS: Record<string, string> = {
  kind: 'тип',
  match: 'шаблон адреса',
  label: 'название',
  issueSelector: 'селектор кнопки оформления',
  fields: 'привязка полей',
};

const OFFICE_PARTS: Record<string, string> = { name: 'название', code: 'код' };

import { isRecord } from '../values';

export { isRecord };

/** «Неверный ввод» → «неверный ввод»; an abbreviation («CSS-селектор», «JSON») keeps its case. */
export function lowerFirst(text: string): string {
  if (/^.\p{Lu}/u.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** « («МАИС»)» from a raw site's label or pattern, or ''. */
export function siteSuffix(raw: unknown): string {
  if (!isRecord(raw)) return '';
  const name = typeof raw.label === 'string' && raw.label ? raw.label : raw.match;
  return typeof name === 'string' && name ? ` («${name}»)` : '';
}

/** «Сайт №2 («МАИС»), привязка полей «СНИЛС» (snils)» for a path into a raw settings object. */
export function describePath(path: readonly PropertyKey[], raw: unknown): string {
  const [head, index, part, key] = path;
  if (head === 'sites' && typeof index === 'number') {
    const sites = isRecord(raw) && Array.isArray(raw.sites) ? raw.sites : [];
    let where = `Сайт №${index + 1}${siteSuffix(sites[index])}`;
    if (typeof part === 'string') where += `, ${SITE_PARTS[part] ?? `параметр «${part}»`}`;
    if (part === 'fields' && typeof key === 'string') {
      const title = (FIELD_TITLES as Record<string, string>)[key];
      where += title ? ` «${title}» (${key})` : ` «${key}»`;
    }
    return where;
  }
  if (head === 'office' && typeof index === 'string')
    return `Отделение, ${OFFICE_PARTS[index] ?? `«${index}»`}`;
  if (typeof head === 'string') return OPTION_NAMES[head] ?? `Параметр «${head}»`;
  return 'Настройки';
}

/** One Russian line per zod issue: «<where>: <what>»; `prefix` places a parsed part inside the whole object. */
export function describeIssues(error: z.ZodError, raw: unknown, prefix: PropertyKey[] = []): string[] {
  return error.issues.map(
    (issue) => `${describePath([...prefix, ...issue.path], raw)}: ${lowerFirst(issue.message)}`,
  );
}
