// Small text helpers shared by the checklist parsers, the catalogue and the field dictionary (no dependencies).

/** Trims and collapses every run of whitespace (including NBSP) into one space. */
export function collapseSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** For comparisons only (never for stored values): lowercase, ё → е, spaces collapsed. */
export function foldText(text: string): string {
  return collapseSpaces(text.toLowerCase().replace(/ё/g, 'е'));
}

/** Only the digits of a string. */
export function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}
