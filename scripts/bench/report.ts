import os from 'node:os';
import type { Figure } from './context';

// The bench's Markdown: tables as printed and written to bench-output/bench.md, and the summary against the goals.

export function markdownTable(columns: string[], rows: Array<Array<string | number>>): string {
  const esc = (v: unknown) => String(v ?? '').replaceAll('|', '\\|');
  return [
    `| ${columns.map(esc).join(' | ')} |`,
    `| ${columns.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}

const UNITS: Record<Figure['unit'], (v: number) => string> = {
  ms: (v) => `${v.toFixed(0)} мс`,
  '×': (v) => `${v.toFixed(2)}×`,
  KB: (v) => `${v.toFixed(1)} КБ`,
  MB: (v) => `${v.toFixed(2)} МБ`,
  ΔMB: (v) => `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(2)} МБ`,
  s: (v) => `${v.toFixed(2)} с`,
};

export function formatFigure(f: Figure): string {
  return f.value === null || !Number.isFinite(f.value) ? 'нет данных' : UNITS[f.unit](f.value);
}

function verdict(f: Figure): string {
  if (!f.goal) return '';
  if (f.value === null || !Number.isFinite(f.value)) return '✗ нет данных';
  return f.value <= f.goal.max ? '✓' : '✗';
}

/** One row per figure: what, the value, the goal, within it or not, and how it was taken. */
export function summaryTable(figures: Figure[]): string {
  return markdownTable(
    ['показатель', 'значение', 'цель', '', 'как измерено'],
    figures.map((f) => [f.label, formatFigure(f), f.goal?.text ?? '', verdict(f), f.detail ?? '']),
  );
}

export function machineLine(
  started: { at: string; loadavg: number[] },
  finished: { at: string; loadavg: number[] },
  quick: boolean,
): string {
  const cpus = os.cpus();
  const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(' / ');
  const minutes = ((Date.parse(finished.at) - Date.parse(started.at)) / 60_000).toFixed(1);
  return [
    `Машина: ${cpus.length} ядра (${cpus[0]?.model ?? '?'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} ГБ, Node ${process.version}.`,
    `Средняя нагрузка (1/5/15 мин) в начале: ${load(started.loadavg)}, в конце: ${load(finished.loadavg)}; прогон ${minutes} мин.`,
    quick ? '**--quick: повторений мало, цифры ориентировочные.**' : '',
  ]
    .filter(Boolean)
    .join('\n');
}
