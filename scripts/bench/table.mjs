// Markdown tables, printed as they are written to bench-output/bench.md.

export function markdownTable(columns, rows) {
  const esc = (v) => String(v ?? '').replaceAll('|', '\\|');
  return [
    `| ${columns.map(esc).join(' | ')} |`,
    `| ${columns.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}
