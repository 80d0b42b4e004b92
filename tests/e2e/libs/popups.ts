// The popups a page shows (a calendar, a list, a menu): the controls that say theirs is open (`aria-expanded`) and the
// dialogs, lists, grids and menus laid out on screen, in open shadow roots too, outside the panel's host. A library's
// resting state may have some (choices.js keeps its chosen item in a `listbox`); a fill must add none: a calendar left
// open over the form hides the fields below it from the clerk.

/** Page function: one line per open popup or expanded control, in document order. */
export function openPopups(): string[] {
  const out: string[] = [];
  const visit = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.closest('karta-nso-panel')) continue;
      const name = `${el.tagName.toLowerCase()}#${el.id}`;
      if (el.getAttribute('aria-expanded') === 'true') out.push(`expanded ${name}`);
      const role = el.getAttribute('role');
      const popup = role === 'dialog' || role === 'listbox' || role === 'grid' || role === 'menu';
      if (popup && el.getClientRects().length > 0) out.push(`${role} ${name}`);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  return out;
}

/** What is open after that was not before (counted: two lines alike are two popups). */
export function opened(before: string[], after: string[]): string[] {
  const left = [...before];
  return after.filter((line) => {
    const i = left.indexOf(line);
    if (i === -1) return true;
    left.splice(i, 1);
    return false;
  });
}
