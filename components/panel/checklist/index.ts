import { background } from '@/utils/messaging/protocol';
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
};
