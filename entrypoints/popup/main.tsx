import { startPopup } from '@/components/popup/start';
import '@/components/shared/page-base.css';
import '@/components/shared/shared.css';
import '@/components/popup/popup.css';

void startPopup(document);
