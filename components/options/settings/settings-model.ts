import { type Signal, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { FieldKey } from '@/utils/checklist/keys';
import type { ContentPack } from '@/utils/content-pack';
import { type EffectiveSettings, readEffectiveSettings } from '@/utils/settings/effective';
import { contentPackItem, readContentPack, type StoredPack } from '@/utils/settings/pack-store';
import { saveFieldMapping, saveLocalSettings } from '@/utils/settings/save';
import type { Settings } from '@/utils/settings/schema';
import { readSettings, settingsErrorsItem, settingsItem } from '@/utils/settings/store';
import type { SettingsProblem } from '@/utils/settings/validate';
import type { PickerNote } from './picker-actions';

// State of the «Настройки» tab: the local settings being edited, the settings in force (with the policy), the
// problems the background recorded, and the content pack. Every write goes through the strict schema; a rejected
// edit returns its problems and stores nothing.

export interface SettingsModel {
  local: Signal<Settings | null>;
  effective: Signal<EffectiveSettings | null>;
  storedErrors: Signal<string[]>;
  pack: Signal<StoredPack | null>;
  /** The field picker's last word per site and key (`pickerNoteKey`); kept here since site cards remount on save. */
  pickerNotes: Signal<Record<string, PickerNote>>;
  load(): Promise<void>;
  /** Applies `change` to the local settings and stores the result if it is valid. */
  commit(change: (settings: Settings) => unknown): Promise<SettingsProblem[]>;
  saveMapping(match: string, key: FieldKey, selector: string | null): Promise<SettingsProblem[]>;
  savePack(pack: ContentPack | null): Promise<void>;
  dispose(): void;
}

export const pickerNoteKey = (match: string, key: FieldKey) => `${match}\n${key}`;

export function createSettingsModel(): SettingsModel {
  const local = signal<Settings | null>(null);
  const effective = signal<EffectiveSettings | null>(null);
  const storedErrors = signal<string[]>([]);
  const pack = signal<StoredPack | null>(null);
  const pickerNotes = signal<Record<string, PickerNote>>({});

  const load = async () => {
    const [parsed, inForce, errors, stored] = await Promise.all([
      readSettings(),
      readEffectiveSettings(),
      settingsErrorsItem.getValue(),
      readContentPack(),
    ]);
    local.value = parsed.settings;
    effective.value = inForce;
    storedErrors.value = Array.isArray(errors) ? errors : [];
    pack.value = stored;
  };
  const reload = () => void load();
  const onManaged = (_changes: unknown, area: string) => {
    if (area === 'managed') reload();
  };
  browser.storage.onChanged.addListener(onManaged);
  const unwatch = [
    settingsItem.watch(reload),
    settingsErrorsItem.watch(reload),
    contentPackItem.watch(reload),
    () => browser.storage.onChanged.removeListener(onManaged),
  ];

  const afterSave = async (result: Awaited<ReturnType<typeof saveLocalSettings>>) => {
    if (!result.ok) return result.problems;
    await load();
    return [];
  };

  return {
    local,
    effective,
    storedErrors,
    pack,
    pickerNotes,
    load,
    commit: async (change) => {
      const base = local.value ?? (await readSettings()).settings;
      return afterSave(await saveLocalSettings(change(structuredClone(base))));
    },
    saveMapping: async (match, key, selector) => afterSave(await saveFieldMapping(match, key, selector)),
    savePack: async (next) => {
      await contentPackItem.setValue(next);
      await load();
    },
    dispose: () => {
      for (const stop of unwatch) stop();
    },
  };
}
