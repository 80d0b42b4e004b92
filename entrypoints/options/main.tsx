import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { createReportModel } from '@/components/options/report-model';
import { SettingsPage } from '@/components/options/settings/SettingsPage';
import { createSettingsModel } from '@/components/options/settings/settings-model';
import { uiLanguage } from '@/utils/i18n';
import '@/components/shared/shared.css';
import '@/components/options/options.css';
import '@/components/options/settings/settings.css';

document.documentElement.lang = uiLanguage();
const now = () => new Date();
const report = createReportModel({ now });
const settings = createSettingsModel();
void settings.load();
addEventListener('pagehide', () => {
  report.dispose();
  settings.dispose();
});

const initialTab = location.hash === '#settings' ? 'settings' : 'report';
render(
  <OptionsApp
    report={report}
    now={now}
    initialTab={initialTab}
    settings={<SettingsPage model={settings} />}
  />,
  document.getElementById('app') as HTMLElement,
);
