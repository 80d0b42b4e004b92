import { classifyField } from '../fields/meanings';
import { childNodesOf } from '../fields/text';
import { type Extraction, looksLikeLabel, type RawPair } from './raw-pair';
import { cleanLabel, isBlock, oneLine, visibleText } from './text';

// Bold field names with their values after them and no colon between, as legacy screens print a record:
// `<b>Фамилия</b> Никитин<br><b>Серия</b> 5004 <b>Номер</b> 443322`. Each bold known field name starts a pair whose
// value runs to the next bold name (line breaks included, for values that wrap); a block ends it.

interface Open {
  label: string;
  anchor: Element;
  value: string;
}

export function boldLabelPairs(el: Element, ex: Extraction): RawPair[] {
  const out: RawPair[] = [];
  let open: Open | null = null;
  const close = () => {
    if (open) {
      const value = oneLine(open.value);
      const section = ex.index.context.get(open.anchor)?.section;
      // Only names we know: `<b>Внимание!</b> …` or a bold word inside a sentence is not a field.
      if (value && looksLikeLabel(open.label) && classifyField({ label: open.label, section })) {
        out.push({ label: open.label, value, anchor: open.anchor });
      }
    }
    open = null;
  };
  for (const node of childNodesOf(el)) {
    if (node.nodeType === 3) {
      if (open) open.value += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    if (!ex.index.position.has(child) || ex.consumed.has(child)) continue;
    if (child.localName === 'b' || child.localName === 'strong') {
      close();
      // The anchor is the bold name itself: a box's caption heads it, the box's own context is the one before.
      open = { label: cleanLabel(child.textContent ?? ''), anchor: child, value: '' };
    } else if (isBlock(child)) close();
    else if (open)
      open.value += child.localName === 'br' ? '\n' : ` ${visibleText(child, ex.index, ex.consumed)} `;
  }
  close();
  return out;
}
