import { render } from 'preact';
import { CitizenScreen } from '@/components/citizen/CitizenScreen';
import { DEFAULT_PACK } from '@/utils/content-pack/default-pack';
import '@/components/shared/page-base.css';
import '@/components/shared/shared.css';
import '@/components/citizen/citizen.css';

render(
  <CitizenScreen pack={DEFAULT_PACK} onClose={() => window.close()} />,
  document.getElementById('app') as HTMLElement,
);
