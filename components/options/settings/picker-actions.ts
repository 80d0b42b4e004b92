import type { FieldKey } from '@/utils/checklist/keys';
import { t } from '@/utils/i18n';
import { background } from '@/utils/messaging';

// The options page's half of the field picker: ask the background to pick a field or test a selector on a live
// page of the site (utils/settings/picker-messages.ts), and word the answer for the administrator.

export interface PickerNote {
  text: string;
  /** A warning (no element, several elements, nothing answered) rather than plain news. */
  warn: boolean;
}

function countNote(count: number): PickerNote {
  if (count === 0) return { text: t('pickerNoneFound'), warn: true };
  if (count > 1) return { text: t('pickerSeveralFound', String(count)), warn: true };
  return { text: t('pickerOneFound'), warn: false };
}

const unavailable = (): PickerNote => ({ text: t('pickerUnavailable'), warn: true });

export async function pickOnPage(match: string, key: FieldKey): Promise<PickerNote> {
  try {
    const result = await background.sendMessage('pickFieldOnPage', { match, key });
    if (!result) return unavailable();
    if (result.status === 'no-page') return { text: t('pickerNoPage'), warn: true };
    if (result.status === 'cancelled') return { text: t('pickerCancelled'), warn: false };
    if (result.status === 'refused') return { text: t('pickerRefused', result.reason), warn: true };
    const note = countNote(result.matchCount);
    return { text: `${t('pickerPicked', result.selector)} ${note.text}`, warn: note.warn };
  } catch {
    return unavailable();
  }
}

export async function testOnPage(match: string, selector: string): Promise<PickerNote> {
  try {
    const result = await background.sendMessage('testSelectorOnPage', { match, selector });
    if (!result) return unavailable();
    if (result.status === 'no-page') return { text: t('pickerNoPage'), warn: true };
    return countNote(result.matchCount);
  } catch {
    return unavailable();
  }
}
