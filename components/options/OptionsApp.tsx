import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { ReportPage } from './ReportPage';
import type { ReportModel } from './report-model';

const TABS = [
  { id: 'report', label: () => t('tabReport') },
  { id: 'settings', label: () => t('tabSettings') },
] as const;
export type OptionsTab = (typeof TABS)[number]['id'];

export interface OptionsAppProps {
  report: ReportModel;
  now: () => Date;
  initialTab?: OptionsTab;
  /** The settings editor (components/options/settings/SettingsPage). */
  settings?: ComponentChildren;
}

/** Options page shell: tabs «Отчёт» and «Настройки» (WAI-ARIA tabs, arrow keys move between them). */
export function OptionsApp({ report, now, initialTab = 'report', settings }: OptionsAppProps) {
  const [tab, setTab] = useState<OptionsTab>(initialTab);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const index = TABS.findIndex((item) => item.id === tab);
    const next = TABS[(index + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
    setTab(next.id);
    const list = (event.currentTarget as HTMLElement | null)?.ownerDocument;
    list?.getElementById(`op-tab-${next.id}`)?.focus();
  };

  return (
    <div class="op">
      <header class="op-header">
        <h1 class="op-header__title op-inner">{t('optionsTitle')}</h1>
      </header>
      <div class="op-inner">
        <main>
          <div class="op-tabs" role="tablist" aria-label={t('tabsLabel')} onKeyDown={onKeyDown}>
            {TABS.map((item) => (
              <button
                key={item.id}
                id={`op-tab-${item.id}`}
                type="button"
                role="tab"
                class="op-tab kn-focusable"
                aria-selected={tab === item.id}
                aria-controls={`op-panel-${item.id}`}
                tabIndex={tab === item.id ? 0 : -1}
                data-tab={item.id}
                onClick={() => setTab(item.id)}
              >
                {item.label()}
              </button>
            ))}
          </div>
          <div id="op-panel-report" role="tabpanel" aria-labelledby="op-tab-report" hidden={tab !== 'report'}>
            <ReportPage model={report} now={now} />
          </div>
          <div
            id="op-panel-settings"
            role="tabpanel"
            aria-labelledby="op-tab-settings"
            hidden={tab !== 'settings'}
          >
            {settings}
          </div>
        </main>
      </div>
    </div>
  );
}
