// Whether a control is something a clerk can see and type into. Works without layout (happy-dom): the zero-size
// rule applies only when the document has layout at all.

function hasLayout(doc: Document): boolean {
  const root = doc.documentElement;
  return root.clientWidth > 0 || root.getBoundingClientRect().width > 0;
}

/**
 * Visible: no hidden/inert ancestor, no display:none on the way up, not visibility:hidden, not zero-size. `box`: its
 * bounding box, when the caller has just measured it.
 */
export function isVisible(el: Element, box?: DOMRect): boolean {
  const doc = el.ownerDocument;
  if (!el.isConnected) return false;
  // aria-hidden: a control kept from assistive technology is a library's helper, not what a person uses.
  if (el.closest('[hidden],[inert],template,karta-nso-panel,[aria-hidden="true"]')) return false;
  // The browser's own answer (Chromium 105+, Firefox 106+; the manifest asks for newer): display:none anywhere up
  // the tree, content-visibility, visibility:hidden (`checkVisibilityCSS`, its name before Chromium 121).
  if (!el.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true })) return false;
  // A 1-pixel box is a control a library hid behind its own widget (select2's clipped native select); whether the
  // document has layout at all is asked only of such a box.
  const rect = box ?? el.getBoundingClientRect();
  return !((rect.width <= 1 || rect.height <= 1) && hasLayout(doc));
}

/**
 * Enabled and writable: not disabled (itself or by a disabled fieldset), not readonly. A dropdown's own input is
 * readonly when the list has no search (`readonlyOk`): it is still chosen from.
 */
export function isWritable(el: Element, readonlyOk = false): boolean {
  const control = el as HTMLInputElement;
  if (control.disabled || el.hasAttribute('disabled')) return false;
  if (!readonlyOk && (control.readOnly || el.hasAttribute('readonly'))) return false;
  if (el.getAttribute('aria-disabled') === 'true') return false;
  if (!readonlyOk && el.getAttribute('aria-readonly') === 'true') return false;
  let fieldset = el.closest('fieldset');
  while (fieldset) {
    if (fieldset.hasAttribute('disabled')) {
      // A disabled fieldset leaves its first legend's controls enabled.
      const legend = fieldset.querySelector(':scope>legend');
      if (!legend?.contains(el)) return false;
    }
    fieldset = fieldset.parentElement?.closest('fieldset') ?? null;
  }
  return true;
}
