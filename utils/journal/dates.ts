// Calendar days as the journal and its report use them: local days written YYYY-MM-DD inside the extension and
// ДД.ММ.ГГГГ wherever a person reads them (screens, CSV).

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const RU_DAY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** A Date's local calendar day as YYYY-MM-DD. */
export function localIsoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function realDay(y: number, month: number, d: number): Date | null {
  const date = new Date(y, month - 1, d);
  return date.getFullYear() === y && date.getMonth() === month - 1 && date.getDate() === d ? date : null;
}

/** YYYY-MM-DD → local midnight, or null if it is not a real date. */
export function parseIsoDate(iso: string): Date | null {
  const m = ISO_DAY.exec(iso);
  return m ? realDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** ДД.ММ.ГГГГ (or YYYY-MM-DD) → YYYY-MM-DD, or null if it is not a real date. */
export function parseRuDate(text: string): string | null {
  const trimmed = text.trim();
  if (ISO_DAY.test(trimmed)) return parseIsoDate(trimmed) ? trimmed : null;
  const m = RU_DAY.exec(trimmed);
  const date = m && realDay(Number(m[3]), Number(m[2]), Number(m[1]));
  return date ? localIsoDate(date) : null;
}

/** YYYY-MM-DD → ДД.ММ.ГГГГ (left as is if it is not an ISO date). */
export function formatRuDate(iso: string): string {
  const m = ISO_DAY.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** Adds whole calendar days (DST-safe: steps the date, not milliseconds). */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/** Every local day from `from` to `to` inclusive (YYYY-MM-DD), at most `limit` of them; [] for a bad period. */
export function daysBetween(fromIso: string, toIso: string, limit: number): string[] {
  const from = parseIsoDate(fromIso);
  const to = parseIsoDate(toIso);
  const days: string[] = [];
  if (!from || !to) return days;
  for (let day = from; day <= to && days.length < limit; day = addDays(day, 1)) days.push(localIsoDate(day));
  return days;
}
