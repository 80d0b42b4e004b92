import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import {
  type FileResult,
  packFromFile,
  packToFile,
  settingsFromFile,
  settingsToFile,
} from '@/utils/settings/files';
import { downloadText } from '../download';
import type { SettingsModel } from './settings-model';

// Settings and the content pack as JSON files. A bad file is refused with every problem listed; nothing changes.

interface Outcome {
  ok: boolean;
  text: string;
  problems: string[];
}

function FileImport({
  id,
  label,
  onFile,
}: {
  id: string;
  label: string;
  onFile: (file: File) => Promise<Outcome>;
}) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  return (
    <div class="st-field" data-import={id}>
      <label for={id} class="st-label">
        {label}
      </label>
      <input
        id={id}
        name={id}
        type="file"
        accept=".json,application/json"
        class="kn-focusable"
        aria-describedby={`${id}-result`}
        onChange={async (e) => {
          const input = e.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          if (!file) return;
          setOutcome(await onFile(file));
          input.value = '';
        }}
      />
      <div
        id={`${id}-result`}
        role={outcome && !outcome.ok ? 'alert' : 'status'}
        data-import-result={outcome ? (outcome.ok ? 'ok' : 'rejected') : undefined}
      >
        {outcome && <p class={outcome.ok ? 'st-ok' : 'st-error'}>{outcome.text}</p>}
        {outcome && outcome.problems.length > 0 && (
          <ul class="st-problems" data-import-problems="">
            {outcome.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

async function applyFile<T>(
  file: File,
  read: (text: string) => FileResult<T>,
  store: (value: T) => Promise<string[]>,
): Promise<Outcome> {
  const result = read(await file.text());
  if (!result.ok) return { ok: false, text: t('importRejected', file.name), problems: result.problems };
  const problems = await store(result.value);
  if (problems.length) return { ok: false, text: t('importRejected', file.name), problems };
  return { ok: true, text: t('importDone', file.name), problems: [] };
}

export function ImportExport({ model, doc = document }: { model: SettingsModel; doc?: Document }) {
  const local = model.local.value;
  const pack = model.pack.value;
  const exportSettings = () =>
    local && downloadText(doc, 'karta-nso-settings.json', settingsToFile(local), 'application/json');
  const exportPack = () =>
    pack && downloadText(doc, 'karta-nso-content-pack.json', packToFile(pack.pack), 'application/json');
  return (
    <section class="st-section" aria-labelledby="st-files-title" data-settings-section="files">
      <h2 id="st-files-title" class="op-h2">
        {t('filesTitle')}
      </h2>
      <p class="op-muted">{t('filesIntro')}</p>
      <div class="st-row">
        <button type="button" class="kn-button" data-action="export-settings" onClick={exportSettings}>
          {t('filesExportSettings')}
        </button>
        <button type="button" class="kn-button" data-action="export-pack" onClick={exportPack}>
          {t('filesExportPack')}
        </button>
      </div>
      <FileImport
        id="import-settings"
        label={t('filesImportSettings')}
        onFile={(file) =>
          applyFile(file, settingsFromFile, async (settings) =>
            (await model.commit(() => settings)).map((p) => p.message),
          )
        }
      />
      <FileImport
        id="import-pack"
        label={t('filesImportPack')}
        onFile={(file) =>
          applyFile(file, packFromFile, async (next) => {
            await model.savePack(next);
            return [];
          })
        }
      />
      {pack?.custom && (
        <div class="st-row">
          <p class="op-muted">{t('filesCustomPack')}</p>
          <button
            type="button"
            class="kn-button"
            data-action="reset-pack"
            onClick={() => void model.savePack(null)}
          >
            {t('filesResetPack')}
          </button>
        </div>
      )}
    </section>
  );
}
