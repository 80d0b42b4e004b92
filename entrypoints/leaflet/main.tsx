import { render } from 'preact';
import { LeafletPage } from '@/components/leaflet/LeafletPage';
import { DEFAULT_PACK } from '@/utils/content-pack/default-pack';
import '@/components/shared/page-base.css';
import '@/components/shared/shared.css';
import '@/components/leaflet/leaflet.css';

render(
  <LeafletPage pack={DEFAULT_PACK} onPrint={() => window.print()} />,
  document.getElementById('app') as HTMLElement,
);
