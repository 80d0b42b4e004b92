import { OUTCOME_LABELS, OUTCOMES } from '@/utils/journal/outcomes';
import type { OfficeSummary } from '@/utils/journal/region';
import { shares } from '@/utils/journal/stats';
import { ChartLegend, OUTCOME_COLORS } from './BarChart';

/** «ОСОН Ленинского района (5401): 120 бесед; Подключит Карту жителя — 55 %; …» for each office. */
export function officeChartSummary(offices: readonly OfficeSummary[]): string {
  if (offices.length === 0) return 'Нет данных.';
  return offices
    .map((office) => {
      const percent = shares(office);
      const parts = OUTCOMES.map((o) => `${OUTCOME_LABELS[o]} — ${percent[o]} %`);
      const name = office.code ? `${office.name || 'без названия'} (${office.code})` : office.name;
      return `${name}: бесед ${office.total}; ${parts.join('; ')}`;
    })
    .join('. ');
}

/**
 * One bar per office, split by the share of each outcome; screen readers get the summary label (the table below has
 * the numbers).
 */
export function OfficeChart({ offices }: { offices: readonly OfficeSummary[] }) {
  return (
    <figure class="op-chart op-office-chart">
      <div role="img" aria-label={officeChartSummary(offices)} class="op-office-chart__rows">
        {offices.map((office) => {
          const percent = shares(office);
          return (
            <div key={office.key} class="op-office-chart__row" data-office-bar={office.code || office.name}>
              <span class="op-office-chart__name">
                {office.name || office.code}
                {office.code && <span class="op-muted"> · {office.code}</span>}
                <span class="op-muted"> · {office.total}</span>
              </span>
              <span class="op-office-chart__bar">
                {OUTCOMES.filter((o) => office.counts[o] > 0).map((o) => (
                  <span
                    key={o}
                    class="op-office-chart__part"
                    style={{
                      width: `${(office.counts[o] / office.total) * 100}%`,
                      background: OUTCOME_COLORS[o],
                    }}
                    title={`${OUTCOME_LABELS[o]}: ${percent[o]} %`}
                  />
                ))}
              </span>
            </div>
          );
        })}
      </div>
      <ChartLegend />
    </figure>
  );
}
