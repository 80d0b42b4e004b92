// WebExtension match patterns (<scheme>://<host>/<path>), checked here so one bad pattern
// gets a Russian message instead of making scripting.registerContentScripts throw for every site.

const PATTERN = /^(\*|https?|file|ftp):\/\/(\*|\*\.[^/*]+|[^/*]+)?(\/.*)$/;

export function isValidMatchPattern(pattern: string): boolean {
  if (pattern === '<all_urls>') return true;
  const m = PATTERN.exec(pattern);
  if (!m) return false;
  const [, scheme, host] = m;
  if (scheme !== 'file' && !host) return false;
  return true;
}

function globToRegExp(glob: string): string {
  return glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
}

/** Does `url` fall under `pattern`? Ports are ignored, as browsers do for match patterns. */
export function matchesUrl(pattern: string, url: string): boolean {
  if (pattern === '<all_urls>') return /^(https?|file|ftp):/.test(url);
  const m = PATTERN.exec(pattern);
  if (!m) return false;
  const [, scheme, host = '', path] = m;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const urlScheme = u.protocol.slice(0, -1);
  if (scheme === '*' ? !['http', 'https'].includes(urlScheme) : scheme !== urlScheme) return false;
  if (host && host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (u.hostname !== base && !u.hostname.endsWith(`.${base}`)) return false;
    } else if (u.hostname !== host) return false;
  }
  return new RegExp(`^${globToRegExp(path)}$`).test(u.pathname + u.search);
}
