import { formatRuDate } from '@/utils/journal/dates';
import { OUTCOME_LABELS, OUTCOMES, type Outcome } from '@/utils/journal/outcomes';
import type { DayRow, Totals } from '@/utils/journal/stats';

export const OUTCOME_COLORS: Record<Outcome, string> = {
  accepted: '#0d4c92',
  leaflet: '#2e7d6b',
  refused: '#b26a00',
  mais: '#6b4fb3',
};

const WIDTH = 720;
const HEIGHT = 200;
const PAD = { top: 12, right: 8, bottom: 26, left: 34 };

/** «Итоги за 01.11.2026–07.11.2026: всего 12; Подключит Карту жителя — 5; …» */
export function chartSummary(rows: readonly DayRow[], sum: Totals): string {
  if (rows.length === 0) return 'Нет данных за выбранный период.';
  const period = `${formatRuDate(rows[0].date)}–${formatRuDate(rows[rows.length - 1].date)}`;
  const parts = OUTCOMES.map((o) => `${OUTCOME_LABELS[o]} — ${sum.counts[o]}`);
  return `Итоги за ${period}: всего ${sum.total}; ${parts.join('; ')}.`;
}

/** Stacked bars per day, drawn as inline SVG; screen readers get the summary label (the table has the data). */
export function BarChart({ rows, sum }: { rows: readonly DayRow[]; sum: Totals }) {
  const max = Math.max(1, ...rows.map((r) => r.total));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, rows.length);
  const barW = Math.max(1, Math.min(36, slot * 0.7));
  const labelEvery = Math.ceil(rows.length / 10);
  const y = (value: number) => PAD.top + plotH - (value / max) * plotH;

  return (
    <figure class="op-chart">
      <svg
        role="img"
        aria-label={chartSummary(rows, sum)}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="xMidYMid meet"
        class="op-chart__svg"
      >
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} stroke="#9aa5b1" />
        <line
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={y(max)}
          y2={y(max)}
          stroke="#e3e8ee"
          stroke-dasharray="3 3"
        />
        <text x={PAD.left - 6} y={y(max) + 4} text-anchor="end" class="op-chart__tick">
          {max}
        </text>
        <text x={PAD.left - 6} y={y(0) + 4} text-anchor="end" class="op-chart__tick">
          0
        </text>
        {rows.map((row, i) => {
          const x = PAD.left + i * slot + (slot - barW) / 2;
          let base = 0;
          return (
            <g key={row.date} data-bar={row.date}>
              {OUTCOMES.filter((o) => row.counts[o] > 0).map((o) => {
                const top = y(base + row.counts[o]);
                const height = y(base) - top;
                base += row.counts[o];
                return <rect key={o} x={x} y={top} width={barW} height={height} fill={OUTCOME_COLORS[o]} />;
              })}
              {i % labelEvery === 0 && (
                <text x={x + barW / 2} y={HEIGHT - 8} text-anchor="middle" class="op-chart__tick">
                  {formatRuDate(row.date).slice(0, 5)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <ChartLegend />
    </figure>
  );
}

/** Which colour is which outcome (the charts' summary labels already name every number). */
export function ChartLegend() {
  return (
    <figcaption class="op-legend" aria-hidden="true">
      {OUTCOMES.map((o) => (
        <span key={o} class="op-legend__item">
          <span class="op-legend__swatch" style={{ background: OUTCOME_COLORS[o] }} />
          {OUTCOME_LABELS[o]}
        </span>
      ))}
    </figcaption>
  );
}
