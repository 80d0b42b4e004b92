import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

// ARCHITECTURE.md is the map of the code: every path it names must exist (a renamed or removed file fails here).

const ROOT = path.resolve(__dirname, '../..');
const doc = readFileSync(path.join(ROOT, 'ARCHITECTURE.md'), 'utf8');

/** `utils/agent/`, `entrypoints/{issuance,mais}-agent.ts`, `kinds/issuance.ts` relative to the row's folder … */
function namedPaths(): string[] {
  const out = new Set<string>();
  for (const row of doc.split('\n')) {
    // File names in a row are relative to its code folder: the one after «→» when the row has an entry point.
    const folders = [...row.matchAll(/`((?:entrypoints|components|utils|tests|scripts|docs)\/[^`{]*\/)`/g)];
    const base = (row.includes('→') ? folders[1] : folders[0])?.[1] ?? folders[0]?.[1];
    for (const [, raw] of row.matchAll(
      /`([\w./{},-]+\.(?:ts|tsx|md|mjs)|(?:entrypoints|components|utils)\/[\w./-]+\/)`/g,
    )) {
      const braces = raw.match(/^(.*)\{([^}]+)\}(.*)$/);
      const expanded = braces ? braces[2].split(',').map((p) => braces[1] + p + braces[3]) : [raw];
      for (const p of expanded)
        out.add(
          p.includes('/') && /^(entrypoints|components|utils|tests|scripts|docs)\//.test(p)
            ? p
            : `${base ?? ''}${p}`,
        );
    }
  }
  return [...out];
}

test('every path ARCHITECTURE.md names exists', () => {
  const paths = namedPaths();
  expect(paths.length).toBeGreaterThan(40); // the map really names the code
  const missing = paths.filter((p) => !existsSync(path.join(ROOT, p)));
  expect(missing).toEqual([]);
});
