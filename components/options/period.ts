import { addDays, localIsoDate, parseIsoDate } from '@/utils/journal/dates';
import { MAX_REPORT_DAYS } from '@/utils/journal/stats';

export const PRESETS = ['today', 'week', 'month30', 'thisMonth'] as const;
export type Preset = (typeof PRESETS)[number];

export const PRESET_LABELS: Record<Preset, string> = {
  today: 'Сегодня',
  week: '7 дней',
  month30: '30 дней',
  thisMonth: 'Этот месяц',
};

export interface Period {
  from: string;
  to: string;
}

/** A preset as a from/to pair of local days; «7 дней» and «30 дней» end today and include it. */
export function presetPeriod(preset: Preset, now: Date): Period {
  const today = localIsoDate(now);
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case 'week':
      return { from: localIsoDate(addDays(now, -6)), to: today };
    case 'month30':
      return { from: localIsoDate(addDays(now, -29)), to: today };
    case 'thisMonth':
      return { from: localIsoDate(new Date(now.getFullYear(), now.getMonth(), 1)), to: today };
  }
}

/** Which preset a period equals, if any (to highlight its button). */
export function matchingPreset(period: Period, now: Date): Preset | null {
  return (
    PRESETS.find((p) => {
      const candidate = presetPeriod(p, now);
      return candidate.from === period.from && candidate.to === period.to;
    }) ?? null
  );
}

/** A Russian message when the period cannot be shown as asked, otherwise null. */
export function periodProblem(period: Period): string | null {
  const from = parseIsoDate(period.from);
  const to = parseIsoDate(period.to);
  if (!from || !to) return 'Укажите обе даты периода.';
  if (from > to) return 'Дата начала периода позже даты окончания.';
  const days = Math.round((to.getTime() - from.getTime()) / 86_400_000) + 1;
  if (days > MAX_REPORT_DAYS)
    return `Период длиннее ${MAX_REPORT_DAYS} дней: показаны первые ${MAX_REPORT_DAYS}.`;
  return null;
}
