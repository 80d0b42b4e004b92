import { startPanelPage } from '@/components/panel/start';
import '@/components/shared/shared.css';
import '@/components/panel/panel.css';
import '@/components/panel/steps.css';
import '@/components/panel/checklist/checklist.css';

void startPanelPage(document);
