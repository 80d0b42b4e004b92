import { render } from 'preact';
import { LeafletPage } from '@/components/leaflet/LeafletPage';
import { packInForce } from '@/components/shared/pack-in-force';
import '@/components/shared/page-base.css';
import '@/components/shared/shared.css';
import '@/components/leaflet/leaflet.css';

void packInForce().then((pack) =>
  render(
    <LeafletPage pack={pack} onPrint={() => window.print()} />,
    document.getElementById('app') as HTMLElement,
  ),
);
