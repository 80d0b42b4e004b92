// Reading a field's own input mask (data-mask, a mask-like placeholder) and pouring digits into it.

/** Characters that stand for "a digit goes here" in a mask written with letters or underscores. */
const LETTER_SLOTS = /[_#Xxдмгdmy]/i;

/**
 * Inputmask's `data-inputmask` holds options, not the mask itself: «'mask': '999-999-999 99'», «'alias': 'datetime',
 * 'inputFormat': 'dd.mm.yyyy'» or the old date aliases («'alias': 'dd.mm.yyyy'»). Returns the template they describe,
 * or the attribute unchanged when it is a plain mask.
 */
export function maskFromOptions(attr: string): string {
  const option = (name: string) =>
    new RegExp(`(?:^|[{,\\s])["']?${name}["']?\\s*:\\s*(["'])(.*?)\\1`).exec(attr)?.[2] ?? '';
  if (!/:/.test(attr)) return attr;
  return option('mask') || option('inputFormat') || option('alias') || attr;
}

/** A placeholder or mask attribute that looks like a mask («___-___-___ __», «дд.мм.гггг», «99.99.9999»). */
export function maskTemplate(mask: string, placeholder: string): string {
  const candidates = [maskFromOptions(mask), placeholder].map((s) => s.trim()).filter(Boolean);
  for (const c of candidates) {
    if (/^[\d_#Xxдмгdmy\s.\-/()+:]+$/i.test(c) && slotCount(c) >= 2) return c;
  }
  return '';
}

/**
 * Digits are slots only in a template made of digits and separators (an example value such as «123-456-789 01»
 * or an imask/inputmask «999-999-999 99»); in a template with underscores or letters, digits are literals («+7»).
 */
function digitsAreSlots(template: string): boolean {
  return !LETTER_SLOTS.test(template);
}

function isSlot(ch: string, digitSlots: boolean): boolean {
  if (/\d/.test(ch)) return digitSlots;
  return LETTER_SLOTS.test(ch);
}

export function slotCount(template: string): number {
  const digitSlots = digitsAreSlots(template);
  return Array.from(template).filter((ch) => isSlot(ch, digitSlots)).length;
}

/** Pours `digits` into the template's slots, keeping its separators; trailing separators are dropped. */
export function fillTemplate(template: string, digits: string): string {
  const digitSlots = digitsAreSlots(template);
  let out = '';
  let i = 0;
  for (const ch of template) {
    if (isSlot(ch, digitSlots)) {
      if (i >= digits.length) break;
      out += digits[i++];
    } else {
      out += ch;
    }
  }
  return out.trimEnd();
}

/**
 * `number` poured into a template whose own digits must be its digits at the same places («+7 (___) ___-__-__» takes
 * 7 and ten more, «79XXXXXXXXX» an 11-digit number starting 79): the filled template, or null when the template holds
 * other digits or another count of them.
 */
export function pourNumber(template: string, number: string): string | null {
  const digitSlots = digitsAreSlots(template);
  let out = '';
  let i = 0;
  for (const ch of template) {
    const slot = isSlot(ch, digitSlots);
    if (slot || /\d/.test(ch)) {
      if (i >= number.length || (!slot && ch !== number[i])) return null;
      out += slot ? number[i] : ch;
      i++;
    } else out += ch;
  }
  return i === number.length ? out.trimEnd() : null;
}

/** The letter groups of a date mask in order, e.g. «гггг-мм-дд» → year first. */
export function dateOrder(template: string): 'dmy' | 'ymd' | 'mdy' {
  const first = template.trim()[0]?.toLowerCase() ?? '';
  if (first === 'г' || first === 'y') return 'ymd';
  if (first === 'м' || first === 'm') return 'mdy'; // «ММ/ДД/ГГГГ», «mm/dd/yyyy»: the month first
  const firstGroup = template.split(/[^\d_#Xxдмгdmy]/i)[0] ?? '';
  return firstGroup.length === 4 ? 'ymd' : 'dmy';
}

export function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

/** Does `value` satisfy the field's `pattern` attribute (anchored, as the browser checks it)? */
export function matchesPattern(pattern: string, value: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`, 'v').test(value);
  } catch {
    try {
      return new RegExp(`^(?:${pattern})$`).test(value);
    } catch {
      return false;
    }
  }
}
