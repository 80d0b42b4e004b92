import { extractCards } from './pairs-cards';
import { extractControls } from './pairs-controls';
import { extractDefinitionLists, extractTables } from './pairs-tables';
import { extractTextPairs } from './pairs-text';
import type { Extraction, RawPair } from './raw-pair';
import { cleanLabel, isEmptyValue, oneLine } from './text';
import { type Context, indexVisible } from './walk';

// Page → label/value pairs in document order, each with the section context it sits in; same-origin frames are
// read in place, cross-origin ones skipped silently.

export interface LocatedPair extends RawPair {
  context: Context;
  /** Document order across frames: [position in top document, position in the frame, …]. */
  order: number[];
  /** The value's lines as the page breaks them (one line for most values). */
  lines: string[];
}

const MAX_FRAME_DEPTH = 3;

export function collectPairs(doc: Document, initial?: Context, depth = 0): LocatedPair[] {
  const index = indexVisible(doc, initial);
  const ex: Extraction = { index, pairs: [], consumed: new Set() };
  // Structure first (it is unambiguous), free text last (it reads whatever the others left).
  extractDefinitionLists(ex);
  extractTables(ex);
  extractControls(ex);
  extractCards(ex);
  extractTextPairs(ex);

  const located: LocatedPair[] = [];
  for (const pair of ex.pairs) {
    const label = cleanLabel(pair.label);
    const value = oneLine(pair.value);
    if (isEmptyValue(value)) continue;
    const lines = pair.value
      .split('\n')
      .map(oneLine)
      .filter((line) => line);
    const context = index.context.get(pair.anchor) ?? { section: 'unknown', heading: '', party: null };
    located.push({ ...pair, label, value, lines, context, order: [index.position.get(pair.anchor) ?? 0] });
  }
  if (depth < MAX_FRAME_DEPTH) {
    for (const frame of index.frames) {
      const inner = frameDocument(frame);
      if (!inner) continue;
      const at = index.position.get(frame) ?? 0;
      const context = index.context.get(frame);
      for (const pair of collectPairs(inner, context, depth + 1)) {
        located.push({ ...pair, order: [at, ...pair.order] });
      }
    }
  }
  return located.sort((a, b) => compareOrder(a.order, b.order));
}

/** The frame's document if the page may read it; null for cross-origin or not yet loaded frames. */
function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    const inner = frame.contentDocument;
    return inner?.body ? inner : null;
  } catch {
    return null;
  }
}

function compareOrder(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i] - b[i];
  }
  return a.length - b.length;
}
