import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { createReportModel } from '@/components/options/report-model';
import '@/components/shared/shared.css';
import '@/components/options/options.css';

const now = () => new Date();
const report = createReportModel({ now });
addEventListener('pagehide', () => report.dispose());

const initialTab = location.hash === '#settings' ? 'settings' : 'report';
render(
  <OptionsApp report={report} now={now} initialTab={initialTab} />,
  document.getElementById('app') as HTMLElement,
);
