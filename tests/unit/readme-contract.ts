import { readFileSync } from 'node:fs';
import path from 'node:path';

// The README's «Контракт автоматизации» tables as data: which values of an attribute they promise. A value is
// documented as `attr="a\|b"` (with or without a selector around it), as a plain `value` list in the row named
// `attr`, or as a list after `attr`: inside a cell. Placeholders such as `<ключ>` are not values.

const README = path.resolve(__dirname, '../../README.md');
const HEADING = '## Контракт автоматизации';

/** The section's table rows (both tables), each a list of cells with `\|` unescaped. */
export function contractRows(markdown = readFileSync(README, 'utf8')): string[][] {
  const start = markdown.indexOf(HEADING);
  if (start < 0) throw new Error(`README.md has no «${HEADING.slice(3)}» section`);
  const end = markdown.indexOf('\n## ', start + HEADING.length);
  return markdown
    .slice(start, end < 0 ? undefined : end)
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .map((line) =>
      line
        .trim()
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replaceAll('\\|', '|')),
    );
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PLAIN = /^[a-zA-Z][\w-]*$/;
const ticked = (text: string) =>
  [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]).filter((t) => PLAIN.test(t));

/** Every value the tables promise for `attr` (`data-action`, `name`, …). */
export function documentedValues(rows: string[][], attr: string): Set<string> {
  const values = new Set<string>();
  const assigned = new RegExp(`(?<![\\w-])${escapeRegExp(attr)}="([^"]*)"`, 'g');
  const listed = new RegExp(`\`${escapeRegExp(attr)}\`:((?:\\s*(?:,|и)?\\s*\`[^\`]+\`)+)`, 'g');
  for (const [name, ...cells] of rows) {
    const text = cells.join(' ');
    for (const m of text.matchAll(assigned))
      for (const value of m[1].split('|')) if (value && !value.startsWith('<')) values.add(value);
    for (const m of text.matchAll(listed)) for (const value of ticked(m[1])) values.add(value);
    if (name === `\`${attr}\`` || name === `\`${attr}=\``) {
      // The row's own list ends where it starts naming other attributes' selectors.
      for (const value of ticked(cells[0] ?? '')) values.add(value);
    }
  }
  return values;
}
