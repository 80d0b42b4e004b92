import { matchingPreset, type Period, PRESET_LABELS, PRESETS, type Preset } from './period';

export interface PeriodPickerProps {
  period: Period;
  now: Date;
  onChange: (period: Period) => void;
  onPreset: (preset: Preset) => void;
}

/** From/to dates plus the presets «Сегодня», «7 дней», «30 дней», «Этот месяц». */
export function PeriodPicker({ period, now, onChange, onPreset }: PeriodPickerProps) {
  const active = matchingPreset(period, now);
  return (
    <fieldset class="op-period">
      <legend class="op-period__legend">Период</legend>
      <div class="op-period__presets">
        {PRESETS.map((preset) => (
          <button
            key={preset}
            type="button"
            class={`kn-button op-chip${active === preset ? ' op-chip--active' : ''}`}
            aria-pressed={active === preset}
            data-preset={preset}
            onClick={() => onPreset(preset)}
          >
            {PRESET_LABELS[preset]}
          </button>
        ))}
      </div>
      <div class="op-period__dates">
        <label class="op-field">
          <span>с</span>
          <input
            class="kn-focusable"
            type="date"
            name="from"
            value={period.from}
            onChange={(e) => onChange({ ...period, from: e.currentTarget.value })}
          />
        </label>
        <label class="op-field">
          <span>по</span>
          <input
            class="kn-focusable"
            type="date"
            name="to"
            value={period.to}
            onChange={(e) => onChange({ ...period, to: e.currentTarget.value })}
          />
        </label>
      </div>
    </fieldset>
  );
}
