// Small text helpers shared by the checklist parsers, the catalogue and the field dictionary (no dependencies).

// Invisible characters a page can hide in a value: zero-width spaces and joiners, the BOM, bidi embeddings,
// overrides and isolates, soft hyphens and every other format or control character. They make «Иванов» and
// «Ива\u200bнов» different values in a register, or reorder what the clerk reads; none belongs in a field.
const INVISIBLE = /(?![\t\n\v\f\r\u0085])\p{Cc}|\u034f|[\p{Cf}\u115f\u1160\u17b4\u17b5\u3164\uffa0]/gu;

/** The text without invisible characters (whitespace stays, for collapseSpaces to handle). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** A field's value as it is kept: invisible characters removed, then cut at the field's limit. */
export function clampField(text: string, maxLength: number): string {
  return stripInvisible(text).slice(0, maxLength); // UTF-16 units, as an input's maxlength counts
}

/** Trims and collapses every run of whitespace (including NBSP) into one space; invisible characters go. */
export function collapseSpaces(text: string): string {
  return stripInvisible(text)
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/** For comparisons only (never for stored values): lowercase, ё → е, spaces collapsed. */
export function foldText(text: string): string {
  return collapseSpaces(text.toLowerCase().replace(/ё/g, 'е'));
}

/** Only the digits of a string. */
export function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}
