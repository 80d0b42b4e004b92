import { openCitizenScreen, openLeafletPage } from '@/utils/extension-pages';
import type { PanelKit } from '../kit';
import { OutcomeBar } from '../OutcomeBar';
import { PitchView } from '../PitchView';

/** Issuance pages: the memo's conversation, the outcome bar and the soft gate. */
export const issuanceKit: PanelKit = {
  kind: 'issuance',
  pitch: (model) => (
    <PitchView
      model={model}
      onShowCitizen={() => void openCitizenScreen()}
      onPrintLeaflet={() => void openLeafletPage()}
    />
  ),
  outcomes: (model) => <OutcomeBar model={model} />,
  gate: true,
};
