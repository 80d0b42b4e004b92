// СНИЛС: 9-digit number + 2-digit check number (algorithm in shared/domain.md).

export type SnilsResult = { ok: true; value: string } | { ok: false; error: string };
export type SnilsStyle = 'spaced' | 'hyphens' | 'digits';

/** Numbers up to 001-001-998 were issued before the check number existed and are not checked. */
const LAST_UNCHECKED = 1001998;

export function snilsCheckNumber(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nineDigits[i]) * (9 - i);
  return (sum % 101) % 100;
}

export function checkSnils(input: string): SnilsResult {
  const text = input.trim();
  if (!text) return { ok: false, error: 'СНИЛС: не заполнен' };
  if (/[^\d\s\u00a0\-‐‑–—]/.test(text))
    return { ok: false, error: 'СНИЛС: допустимы только цифры, пробелы и дефисы' };
  const digits = text.replace(/\D/g, '');
  if (digits.length !== 11) return { ok: false, error: `СНИЛС: нужно 11 цифр, введено ${digits.length}` };
  const number = digits.slice(0, 9);
  if (/^0+$/.test(number)) return { ok: false, error: 'СНИЛС: номер не может состоять из нулей' };
  if (Number(number) > LAST_UNCHECKED && snilsCheckNumber(number) !== Number(digits.slice(9))) {
    return { ok: false, error: 'СНИЛС: неверное контрольное число' };
  }
  return { ok: true, value: formatSnils(digits, 'spaced') };
}

/** Formats 11 digits (any separators in the input are ignored); returns the input unchanged if it is not 11 digits. */
export function formatSnils(value: string, style: SnilsStyle): string {
  const d = value.replace(/\D/g, '');
  if (d.length !== 11) return value;
  const head = `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6, 9)}`;
  if (style === 'digits') return d;
  return style === 'hyphens' ? `${head}-${d.slice(9)}` : `${head} ${d.slice(9)}`;
}
