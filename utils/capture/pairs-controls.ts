import { consume, type Extraction, looksLikeLabel } from './raw-pair';
import { cleanLabel, controlValue, isControl, oneLine, visibleText } from './text';

// Form controls that show a value (read-only, disabled or simply filled): the label comes from aria-labelledby,
// label[for], a wrapping <label>, aria-label, title, or the text just before the control.

export function extractControls(ex: Extraction): void {
  for (const el of ex.index.elements) {
    if (!isControl(el) || ex.consumed.has(el)) continue;
    const trio = dateTrio(el, ex);
    const value = trio ? trio.map(controlValue).join(' ').trim() : controlValue(el);
    if (!value) continue;
    const found = labelOf(el, ex);
    const hints = {
      name: el.getAttribute('name') ?? undefined,
      id: el.getAttribute('id') ?? undefined,
      placeholder: el.getAttribute('placeholder') ?? undefined,
      title: el.getAttribute('title') ?? undefined,
    };
    ex.pairs.push({ label: found?.text ?? '', value, anchor: el, hints });
    consume(ex, el, ...(trio ?? []));
    if (found?.element) consume(ex, found.element);
  }
}

/** Day / month / year as three controls (at least two selects) in one box: one date. */
function dateTrio(el: Element, ex: Extraction): Element[] | null {
  for (let box = el.parentElement, depth = 0; box && depth < 2; box = box.parentElement, depth++) {
    const controls = Array.from(box.querySelectorAll('input,select')).filter((c) => ex.index.position.has(c));
    if (controls.length > 3) return null;
    if (
      controls.length === 3 &&
      controls[0] === el &&
      controls.filter((c) => c.localName === 'select').length >= 2
    ) {
      return controls;
    }
  }
  return null;
}

interface FoundLabel {
  text: string;
  element?: Element;
}

function labelOf(control: Element, ex: Extraction): FoundLabel | null {
  const doc = ex.index.doc;
  const skipSelf = new Set([control]);
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) {
    const parts = labelledBy.split(/\s+/).map((id) => doc.getElementById(id));
    const text = cleanLabel(parts.map((p) => p?.textContent ?? '').join(' '));
    if (text) return { text, element: parts.length === 1 && parts[0] ? parts[0] : undefined };
  }
  const id = control.getAttribute('id');
  if (id) {
    const label = Array.from(doc.getElementsByTagName('label')).find((l) => l.getAttribute('for') === id);
    const text = label ? cleanLabel(visibleText(label, ex.index, skipSelf)) : '';
    if (label && text) return { text, element: label };
  }
  const wrapping = control.closest('label');
  if (wrapping) {
    const text = cleanLabel(visibleText(wrapping, ex.index, skipSelf));
    if (text) return { text, element: wrapping };
  }
  const aria = cleanLabel(control.getAttribute('aria-label') ?? control.getAttribute('title') ?? '');
  if (aria) return { text: aria };
  return precedingText(control, ex);
}

/** The nearest text before the control: a sibling span/div/td, or a text node, up to three levels up. */
function precedingText(control: Element, ex: Extraction): FoundLabel | null {
  let node: Element | null = control;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    for (let prev = node.previousSibling; prev; prev = prev.previousSibling) {
      if (prev.nodeType === 3) {
        const text = cleanLabel(prev.textContent ?? '');
        if (text) return looksLikeLabel(text) ? { text } : null;
        continue;
      }
      if (prev.nodeType !== 1) continue;
      const element = prev as Element;
      if (!ex.index.position.has(element)) continue;
      if (isControl(element) || element.querySelector('input,select,textarea')) return null;
      const text = cleanLabel(oneLine(visibleText(element, ex.index)));
      if (!text) continue;
      return looksLikeLabel(text) ? { text, element } : null;
    }
  }
  return null;
}
