import { type PatternParts, patternParts } from './match-pattern';

// When several sites' patterns match one page, the most specific pattern decides the page's kind. Specificity, from
// the strongest criterion down: an exact host beats a wildcard host (`*.x`), which beats any host; then a longer
// wildcard host base; then the longer literal path before the first `*`; then fewer `*` in the path (none is best);
// then more literal path characters; then an explicit scheme beats `*`. Equal patterns keep the list's order.

function hostClass(host: string): number {
  if (!host || host === '*') return 0;
  return host.startsWith('*.') ? 1 : 2;
}

function literalPrefix(path: string): number {
  const star = path.indexOf('*');
  return star === -1 ? path.length : star;
}

const stars = (path: string) => path.split('*').length - 1;

/** Criteria in order; a greater value is more specific. */
function criteria({ scheme, host, path }: PatternParts): number[] {
  return [
    scheme === 'any' ? 0 : 1,
    hostClass(host),
    host.replace(/^\*\.?/, '').length,
    literalPrefix(path),
    -stars(path),
    path.length - stars(path),
    scheme === '*' ? 0 : 1,
  ];
}

/** Negative when `a` is more specific than `b`, positive when less, 0 when equally specific (or invalid). */
export function compareSpecificity(a: string, b: string): number {
  const pa = patternParts(a);
  const pb = patternParts(b);
  if (!pa || !pb) return 0;
  const ca = criteria(pa);
  const cb = criteria(pb);
  for (let i = 0; i < ca.length; i++) if (ca[i] !== cb[i]) return cb[i] - ca[i];
  return 0;
}

function schemesMeet(a: string, b: string): boolean {
  const set = (s: string) =>
    s === 'any' ? ['http', 'https', 'file', 'ftp'] : s === '*' ? ['http', 'https'] : [s];
  return set(a).some((s) => set(b).includes(s));
}

function hostsMeet(a: string, b: string): boolean {
  const bare = (h: string) => h.replace(/:\d+$/, '');
  if (hostClass(a) === 0 || hostClass(b) === 0) return true;
  const [x, y] = [bare(a), bare(b)];
  const covers = (wild: string, host: string) => {
    const base = wild.slice(2);
    const plain = host.replace(/^\*\./, '');
    return plain === base || plain.endsWith(`.${base}`);
  };
  if (hostClass(a) === 2 && hostClass(b) === 2) return x === y;
  if (hostClass(a) === 1 && covers(x, y)) return true;
  return hostClass(b) === 1 && covers(y, x);
}

/** Is there a string both `*`-globs match? (`*` = any run of characters.) */
export function globsMeet(a: string, b: string): boolean {
  const memo = new Map<number, boolean>();
  const meet = (i: number, j: number): boolean => {
    const key = i * (b.length + 1) + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (i === a.length && j === b.length) result = true;
    else if (a[i] === '*') result = meet(i + 1, j) || (j < b.length && meet(i, j + 1));
    else if (b[j] === '*') result = meet(i, j + 1) || (i < a.length && meet(i + 1, j));
    else result = i < a.length && j < b.length && a[i] === b[j] && meet(i + 1, j + 1);
    memo.set(key, result);
    return result;
  };
  return meet(0, 0);
}

/** Can one address match both patterns? */
export function patternsOverlap(a: string, b: string): boolean {
  const pa = patternParts(a);
  const pb = patternParts(b);
  if (!pa || !pb) return false;
  return schemesMeet(pa.scheme, pb.scheme) && hostsMeet(pa.host, pb.host) && globsMeet(pa.path, pb.path);
}
