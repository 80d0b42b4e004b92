import { render } from 'preact';
import { CitizenScreen } from '@/components/citizen/CitizenScreen';
import { packInForce } from '@/components/shared/pack-in-force';
import '@/components/shared/page-base.css';
import '@/components/shared/shared.css';
import '@/components/citizen/citizen.css';

void packInForce().then((pack) =>
  render(
    <CitizenScreen pack={pack} onClose={() => window.close()} />,
    document.getElementById('app') as HTMLElement,
  ),
);
