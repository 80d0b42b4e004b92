// Small statistics for noisy timings on a shared machine: medians and quartiles, never means.

export function quantile(xs: number[], q: number): number {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (pos - lo);
}

export const median = (xs: number[]) => quantile(xs, 0.5);

/** «median (p25–p75)» of a sample, in the unit's usual precision. */
export function spread(xs: number[], digits = 0, unit = ''): string {
  if (!xs.length) return '—';
  const f = (x: number) => x.toFixed(digits);
  return `${f(median(xs))}${unit} (${f(quantile(xs, 0.25))}–${f(quantile(xs, 0.75))})`;
}

export const ratio = (a: number, b: number) => (b > 0 ? a / b : Number.NaN);
export const times = (x: number, digits = 2) => (Number.isFinite(x) ? `${x.toFixed(digits)}×` : '—');
export const ms = (x: number | null | undefined, digits = 0) =>
  x == null || !Number.isFinite(x) ? '—' : `${x.toFixed(digits)} мс`;
export const mb = (bytes: number, digits = 2) => `${(bytes / 1024 / 1024).toFixed(digits)} МБ`;
export const signedMb = (bytes: number) => `${bytes >= 0 ? '+' : '−'}${mb(Math.abs(bytes))}`;
