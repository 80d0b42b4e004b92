import { browser } from 'wxt/browser';
import type { Checklist } from '@/utils/checklist/keys';
import { background } from '@/utils/messaging/protocol';
import { isRecord } from '@/utils/values';
import type { ChecklistBackend } from './store';

// What the panel mounts: the checklist model and its views, and the background as the checklist's only store.

export { CaptureButton, type CaptureButtonProps } from './CaptureButton';
export { ChecklistView, type ChecklistViewProps } from './ChecklistView';
export { type CaptureNotice, type ChecklistModel, createChecklistModel } from './model';
export { catalogueRules, createChecklistRules } from './rules';

/** The session checklist in the background's storage.session, through typed messages. */
export const backgroundChecklist: ChecklistBackend = {
  get: () => background.sendMessage('getChecklist', undefined),
  save: (checklist) => background.sendMessage('saveChecklist', checklist),
  clear: () => background.sendMessage('clearChecklist', undefined),
  // The panel page is an extension page: it may watch the session area's changes (the background alone writes it).
  onChange(listener) {
    const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
      if (!('checklist' in changes)) return;
      const next = changes.checklist.newValue;
      listener(isRecord(next) && isRecord(next.checklist) ? (next.checklist as unknown as Checklist) : null);
    };
    const area = browser.storage.session;
    area?.onChanged?.addListener(onChanged);
    return () => area?.onChanged?.removeListener(onChanged);
  },
};
