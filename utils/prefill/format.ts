import type { FieldKey } from '../checklist/keys';
import { DATE_FIELDS } from '../checklist/keys';
import type { Meaning } from '../fields/meanings';
import {
  dateOrder,
  digitsOf,
  fillTemplate,
  maskTemplate,
  matchesPattern,
  pourNumber,
  slotCount,
} from './mask';
import { categoryName, optionByText, optionForCategory, optionsOfCategory } from './options';
import type { ControlDescription } from './types';

// A checklist value (normalised: ISO dates, СНИЛС «XXX-XXX-XXX YY», category code) → the text this particular
// control expects: its type, its mask (placeholder / data-mask), its pattern and its maxlength decide.

export type Formatted = { value: string } | { problem: string };

function isoParts(iso: string): { d: string; m: string; y: string } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { y: m[1], m: m[2], d: m[3] } : null;
}

function pickByPattern(control: ControlDescription, candidates: string[]): string | null {
  if (!control.pattern) return null;
  return candidates.find((c) => matchesPattern(control.pattern, c)) ?? null;
}

export function formatDate(control: ControlDescription, iso: string): Formatted {
  const p = isoParts(iso);
  if (!p) return { problem: 'Дата в чек-листе не распознана' };
  if (control.inputType === 'date') return { value: iso };
  if (control.inputType === 'datetime-local') return { value: `${iso}T00:00` };
  const candidates = [
    `${p.d}.${p.m}.${p.y}`,
    `${p.y}-${p.m}-${p.d}`,
    `${p.d}/${p.m}/${p.y}`,
    `${p.d}-${p.m}-${p.y}`,
    `${p.d}${p.m}${p.y}`,
  ];
  const byPattern = pickByPattern(control, candidates);
  if (byPattern) return { value: byPattern };
  const template = maskTemplate(control.mask, control.hints.placeholder);
  if (template && slotCount(template) === 8) {
    const order = dateOrder(template);
    const digits =
      order === 'ymd' ? `${p.y}${p.m}${p.d}` : order === 'mdy' ? `${p.m}${p.d}${p.y}` : `${p.d}${p.m}${p.y}`;
    return { value: fillTemplate(template, digits) };
  }
  if (control.maxLength === 8) return { value: candidates[4] };
  return { value: candidates[0] };
}

export function formatSnilsFor(control: ControlDescription, snils: string): Formatted {
  const d = digitsOf(snils);
  if (d.length !== 11) return { problem: 'СНИЛС в чек-листе не из 11 цифр' };
  const spaced = `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6, 9)} ${d.slice(9)}`;
  const hyphens = `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6, 9)}-${d.slice(9)}`;
  if (control.inputType === 'number') return { value: d };
  const byPattern = pickByPattern(control, [
    spaced,
    hyphens,
    d,
    `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 9)} ${d.slice(9)}`,
  ]);
  if (byPattern) return { value: byPattern };
  const template = maskTemplate(control.mask, control.hints.placeholder);
  if (template && slotCount(template) === 11) return { value: fillTemplate(template, d) };
  if (control.maxLength !== null && control.maxLength <= 11) return { value: d };
  return { value: spaced };
}

function formatSeries(control: ControlDescription, series: string, passport: boolean): Formatted {
  const d = digitsOf(series);
  if (!passport || d.length !== 4) return { value: series };
  const spaced = `${d.slice(0, 2)} ${d.slice(2)}`;
  const byPattern = pickByPattern(control, [d, spaced]);
  if (byPattern) return { value: byPattern };
  const template = maskTemplate(control.mask, control.hints.placeholder);
  if (template && slotCount(template) === 4) return { value: fillTemplate(template, d) };
  if (control.maxLength === 5) return { value: spaced };
  return { value: d };
}

function formatPhone(control: ControlDescription, phone: string): Formatted {
  let d = digitsOf(phone);
  if (d.length === 11 && (d[0] === '7' || d[0] === '8')) d = d.slice(1);
  if (d.length !== 10) return { value: phone };
  const template = maskTemplate(control.mask, control.hints.placeholder);
  // The template's slots and own digits say which spelling it wants: «(___) …» ten digits, «+7 (___)…», «8 (___)…»,
  // «79XXXXXXXXX», «+7 999 999-99-99» (every digit a slot) eleven from 7.
  const poured =
    template && [`7${d}`, `8${d}`, d].map((n) => pourNumber(template, n)).find((v) => v !== null);
  if (poured) return { value: poured };
  if (control.maxLength === 10) return { value: d };
  if (control.maxLength === 11) return { value: `8${d}` };
  const byPattern = pickByPattern(control, [
    `+7${d}`,
    `8${d}`,
    d,
    `+7 (${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`,
  ]);
  return { value: byPattern ?? `+7${d}` };
}

/** «Когда и кем выдан»: the date and the issuer in the order the label names them. */
function issued(iso: string, issuer: string, control: ControlDescription): string {
  const p = isoParts(iso);
  const date = p ? `${p.d}.${p.m}.${p.y}` : iso;
  const issuerFirst = /^\s*кем/i.test(control.hints.label);
  return [issuerFirst ? issuer : date, issuerFirst ? date : issuer].filter(Boolean).join(', ');
}

/** Values of a composite field built from several checklist keys. */
export function compositeText(
  meaning: Meaning,
  f: Record<FieldKey, string>,
  control: ControlDescription,
): string {
  const join = (...parts: string[]) => parts.filter(Boolean).join(' ');
  const ru = (iso: string) => {
    const p = isoParts(iso);
    return p ? `${p.d}.${p.m}.${p.y}` : iso;
  };
  switch (meaning) {
    case 'fullName':
      return join(f.lastName, f.firstName, f.middleName);
    case 'idSeriesNumber': {
      const template = maskTemplate(control.mask, control.hints.placeholder);
      const d = digitsOf(f.idSeries + f.idNumber);
      if (template && slotCount(template) === 10) return fillTemplate(template, d);
      if (control.maxLength === 10) return d;
      return join(f.idSeries, f.idNumber);
    }
    case 'basisSeriesNumber':
      return join(f.basisDocSeries, f.basisDocNumber);
    case 'idIssue':
      return issued(f.idIssueDate, f.idIssuer, control);
    case 'basisIssue':
      return issued(f.basisDocIssueDate, f.basisDocIssuer, control);
    case 'idDocument':
      return join(
        f.idSeries ? `серия ${f.idSeries}` : '',
        f.idNumber ? `№ ${f.idNumber}` : '',
        f.idIssueDate ? `, выдан ${ru(f.idIssueDate)}` : '',
        f.idIssuer ? `, ${f.idIssuer}` : '',
      ).replace(/ ,/g, ',');
    default:
      return '';
  }
}

/** Formats one checklist value (or a composite) for one control; choice controls get the chosen option's value. */
export function formatFor(
  control: ControlDescription,
  meaning: Meaning,
  fields: Record<FieldKey, string>,
): Formatted {
  const formatted = formatText(control, meaning, fields);
  // A box that holds fewer characters than the value would keep a part of it: a truncated issuer or series is wrong.
  const typed = control.kind === 'text' || control.kind === 'textarea';
  const max = control.maxLength;
  if (typed && max !== null && 'value' in formatted && formatted.value.length > max)
    return { problem: `Не помещается: поле принимает не больше ${max} ${charactersWord(max)}` };
  return formatted;
}

const plural = new Intl.PluralRules('ru');

function charactersWord(n: number): string {
  const form = plural.select(n);
  return form === 'one' ? 'знака' : 'знаков';
}

function formatText(
  control: ControlDescription,
  meaning: Meaning,
  fields: Record<FieldKey, string>,
): Formatted {
  const isKey = (m: Meaning): m is FieldKey => m in fields;
  const raw = isKey(meaning) ? fields[meaning] : compositeText(meaning, fields, control);
  const choice = control.kind === 'select' || control.kind === 'radio-group';
  // A custom dropdown is chosen from by the option's text (its list appears when it opens).
  const custom = control.kind === 'combobox';
  if (meaning === 'category') {
    if (choice || control.options.length > 0) {
      const option = optionForCategory(control.options, raw);
      if (option) return { value: custom ? option.text : option.value };
      if (optionsOfCategory(control.options, raw).length > 1)
        return {
          problem: `В списке несколько вариантов категории «${categoryName(raw)}» — выберите нужный вручную`,
        };
      if (choice || custom) return { problem: `В списке нет категории «${categoryName(raw)}»` };
    }
    return { value: categoryName(raw) };
  }
  if (custom && control.options.length > 0 && !control.editable) {
    const option = optionByText(control.options, raw);
    return option ? { value: option.text } : { problem: `В списке нет варианта «${raw}»` };
  }
  if (control.kind === 'split-date' || control.kind === 'segmented-date')
    return isoParts(raw) ? { value: raw } : { problem: 'Дата в чек-листе не распознана' };
  if (isKey(meaning) && DATE_FIELDS.includes(meaning) && !choice) return formatDate(control, raw);
  if (choice) {
    const option = optionByText(control.options, raw);
    return option ? { value: option.value } : { problem: `В списке нет варианта «${raw}»` };
  }
  if (meaning === 'snils') return formatSnilsFor(control, raw);
  if (meaning === 'idSeries') return formatSeries(control, raw, true);
  if (meaning === 'phone') return formatPhone(control, raw);
  return { value: raw };
}
