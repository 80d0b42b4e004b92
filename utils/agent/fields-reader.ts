import type { FieldsSnapshot } from '../messaging/agent';
import { collectFields, type Walked } from '../prefill/collect';
import { frameJustShown } from '../prefill/yield';
import type { SiteSettings } from '../settings/schema';
import { PENDING_SELECTOR } from './watched-controls';

// The reading of the page's form for the panel, as a script of its own (entrypoints/fields-reader.ts) that the
// background injects into the agent's world each time the live agent asks: read, hand the description over, end.
// Nothing keeps the reader's functions once it has ended, so the page's heap gives back their code (compiled code,
// bytecode and feedback). It has to be a file of its own: V8 compiles a script whose text it has seen before onto the
// functions of the script still alive, so a second copy of the agent's own file would leave its reading's code on
// the live agent's functions. The agent and the reader meet through one property of the extension's isolated world,
// which no page script sees.

/** The isolated world's property through which the reader finds the live agent and hands it its description. */
const FIELDS_READER_HOOK = 'kartaNsoFieldsReader';

/**
 * What a reading went through, for the form watcher to follow until the next one: the documents and shadow roots
 * read, the elements whose box appearing or going may change the form (fillable controls, hidden ones too, with
 * whether each had none; then the frames) and the components still waiting for their definition.
 */
export interface FormWalk extends Walked {
  pending: Element[];
}

export interface FieldsReaderHook {
  /** The agent's document: the page's top frame. */
  doc: Document;
  siteFields: SiteSettings['fields'];
  take(description: FieldsSnapshot, walk: FormWalk): void;
}

const hookIn = (global: typeof globalThis) =>
  (global as unknown as Record<string, FieldsReaderHook | undefined>)[FIELDS_READER_HOOK];

export function setFieldsReaderHook(global: typeof globalThis, hook: FieldsReaderHook): void {
  (global as unknown as Record<string, FieldsReaderHook>)[FIELDS_READER_HOOK] = hook;
}

/**
 * Reads the page's form: its description, and what the reading went through. The reader starts just after the page
 * has shown a frame: the watcher asks in the page's animation frame, and the background injects the reader in a task
 * after it (after the page was idle, so a frame due by then was shown — a reading that waited for the one before it
 * too). The page has laid out what it changed itself, so the reading reads at once and owes the page its next frame
 * only after a few slices.
 */
export async function readForm(
  win: Window,
  siteFields: SiteSettings['fields'],
): Promise<{ description: FieldsSnapshot; walk: FormWalk }> {
  frameJustShown(win);
  const walk: FormWalk = { roots: [], controls: [], boxless: [], pending: [] };
  const { description } = await collectFields(win.document, win, siteFields, { walked: walk });
  // Frames too (one shown later brings its fields), from their first report; and the components not defined yet.
  for (const root of walk.roots) {
    walk.controls.push(...root.querySelectorAll('iframe,frame'));
    walk.pending.push(...root.querySelectorAll(PENDING_SELECTOR));
  }
  return { description, walk };
}

/** The reading the live agent asked for (the background injects the reader only then), handed to it. */
export function readFieldsForAgent(global: typeof globalThis): Promise<void> | undefined {
  const hook = hookIn(global);
  const win = hook?.doc.defaultView;
  return win
    ? readForm(win, hook.siteFields).then(({ description, walk }) => hook.take(description, walk))
    : undefined;
}
