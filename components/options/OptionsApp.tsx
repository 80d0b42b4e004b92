import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ReportPage } from './ReportPage';
import type { ReportModel } from './report-model';

const TABS = [
  { id: 'report', label: 'Отчёт' },
  { id: 'settings', label: 'Настройки' },
] as const;
export type OptionsTab = (typeof TABS)[number]['id'];

export interface OptionsAppProps {
  report: ReportModel;
  now: () => Date;
  initialTab?: OptionsTab;
  /** The settings editor plugs in here; until then a placeholder explains where settings live. */
  settings?: ComponentChildren;
}

/** Options page shell: tabs «Отчёт» and «Настройки» (WAI-ARIA tabs, arrow keys move between them). */
export function OptionsApp({ report, now, initialTab = 'report', settings }: OptionsAppProps) {
  const [tab, setTab] = useState<OptionsTab>(initialTab);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const index = TABS.findIndex((t) => t.id === tab);
    const next = TABS[(index + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
    setTab(next.id);
    const list = (event.currentTarget as HTMLElement | null)?.ownerDocument;
    list?.getElementById(`op-tab-${next.id}`)?.focus();
  };

  return (
    <div class="op">
      <header class="op-header">
        <h1 class="op-header__title op-inner">Карта жителя НСО — помощник специалиста ОСОН</h1>
      </header>
      <div class="op-inner">
        <main>
          <div class="op-tabs" role="tablist" aria-label="Разделы" onKeyDown={onKeyDown}>
            {TABS.map((t) => (
              <button
                key={t.id}
                id={`op-tab-${t.id}`}
                type="button"
                role="tab"
                class="op-tab kn-focusable"
                aria-selected={tab === t.id}
                aria-controls={`op-panel-${t.id}`}
                tabIndex={tab === t.id ? 0 : -1}
                data-tab={t.id}
                onClick={() => setTab(t.id)}
              >
                {t.label}
              </button>
            ))}
          </div>
          <div id="op-panel-report" role="tabpanel" aria-labelledby="op-tab-report" hidden={tab !== 'report'}>
            <ReportPage model={report} now={now} />
          </div>
          {/* The settings editor: pass it as `settings`; it renders inside this tab panel. */}
          <div
            id="op-panel-settings"
            role="tabpanel"
            aria-labelledby="op-tab-settings"
            hidden={tab !== 'settings'}
          >
            {settings ?? <SettingsPlaceholder />}
          </div>
        </main>
      </div>
    </div>
  );
}

function SettingsPlaceholder() {
  return (
    <section class="op-report" aria-labelledby="op-settings-title" data-settings-placeholder="">
      <h2 id="op-settings-title" class="op-h2">
        Настройки
      </h2>
      <p class="op-muted">
        Редактор сайтов и настроек появится здесь. Пока администратор задаёт их ключом <code>settings</code> в
        хранилище расширения (или политикой браузера).
      </p>
    </section>
  );
}
