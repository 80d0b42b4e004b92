import { createFieldWatch } from '@/utils/agent/field-watch';
import { createLifecycle } from '@/utils/agent/lifecycle';

// Shared by the form watcher's tests: a page of `html`, watched from now on, and how many times the watcher has
// said the controls may have changed.

/** Long enough for a batch of records to be looked at (a frame and the turns after it). */
export const settle = () => new Promise((r) => setTimeout(r, 40));

export function watching(html: string) {
  document.body.innerHTML = html;
  const life = createLifecycle({ id: 'ext' });
  const notices = { count: 0 };
  const watch = createFieldWatch(document, life, () => notices.count++);
  watch.setOn(true);
  return { life, watch, notices };
}
