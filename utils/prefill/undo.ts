import { restoreChoice } from './dropdown';
import { writeChecked, writeSelect, writeText } from './events';
import { isGone } from './gone';
import type { UndoSnapshot } from './types';
import { isWritable } from './visible';
import { typeAll } from './write-segments';

// Puts back what the fields held before a fill, newest first, with the same events a person's edits make.

/** Restores the snapshot; resolves with how many fields were put back. */
export async function undoApplied(snapshot: UndoSnapshot): Promise<number> {
  let restored = 0;
  for (const entry of [...snapshot.entries].reverse()) {
    const el = entry.element;
    if (isGone(el)) continue;
    if (entry.kind === 'choice' && entry.widget) {
      if (await restoreChoice(entry.widget, entry.previous as string)) restored++;
      continue;
    }
    if (entry.kind === 'segments' && entry.split) {
      const [day, month, year] = (entry.previous as string).split('.');
      await typeAll(entry.split, { day, month, year });
      restored++;
      continue;
    }
    if (!isWritable(el)) continue;
    if (entry.kind === 'checked') writeChecked(el as HTMLInputElement, entry.previous as boolean);
    else if (entry.kind === 'select') writeSelect(el as HTMLSelectElement, entry.previous as string);
    else writeText(el as HTMLInputElement, entry.previous as string);
    restored++;
  }
  return restored;
}
