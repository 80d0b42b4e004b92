// WebExtension match patterns (<scheme>://<host>/<path>), checked here so one bad pattern
// gets a Russian message instead of making scripting.registerContentScripts throw for every site.

const PATTERN = /^(\*|https?|file|ftp):\/\/(\*|\*\.[^/*]+|[^/*]+)?(\/.*)$/;

export interface PatternParts {
  /** `*` (http or https), `http`, `https`, `file`, `ftp`; `<all_urls>` gives `any`. */
  scheme: string;
  /** '' or `*` = any host, `*.base` = base and its subdomains, else one exact host. */
  host: string;
  path: string;
}

/** The parts of a valid pattern, or null. */
export function patternParts(pattern: string): PatternParts | null {
  if (pattern === '<all_urls>') return { scheme: 'any', host: '*', path: '/*' };
  const m = PATTERN.exec(pattern);
  if (!m) return null;
  const [, scheme, host = '', path] = m;
  if (scheme !== 'file' && !host) return null;
  return { scheme, host, path };
}

export function isValidMatchPattern(pattern: string): boolean {
  return patternParts(pattern) !== null;
}

function globToRegExp(glob: string): string {
  return glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
}

function schemeAccepts(scheme: string, urlScheme: string): boolean {
  if (scheme === 'any') return ['http', 'https', 'file', 'ftp'].includes(urlScheme);
  if (scheme === '*') return urlScheme === 'http' || urlScheme === 'https';
  return scheme === urlScheme;
}

/** Does `url` fall under `pattern`? Ports are ignored, as browsers do for match patterns. */
export function matchesUrl(pattern: string, url: string): boolean {
  const parts = patternParts(pattern);
  if (!parts) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (!schemeAccepts(parts.scheme, u.protocol.slice(0, -1))) return false;
  const { host, path } = parts;
  if (host && host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (u.hostname !== base && !u.hostname.endsWith(`.${base}`)) return false;
    } else if (u.hostname !== host.replace(/:\d+$/, '')) return false;
  }
  return new RegExp(`^${globToRegExp(path)}$`).test(u.pathname + u.search);
}
