// A box a library keeps laid out at full size but cut away to nothing (Chosen's closed list and its search box:
// `clip: rect(0 0 0 0)` with `clip-path: inset(100%)`). The browser calls it visible; a person sees none of it, so
// nothing is written there. Asked only right before a write: one computed style per ancestor.

const EMPTY_RECT = /^rect\(\s*0(px)?[\s,]+0(px)?[\s,]+0(px)?[\s,]+0(px)?\s*\)$/;
const FULL_INSET = /^inset\(\s*100%/;

export function clippedAway(el: Element, win: Window): boolean {
  const top = el.ownerDocument.documentElement;
  for (let node: Element | null = el; node && node !== top; node = node.parentElement) {
    const style = win.getComputedStyle(node);
    const positioned = style.position === 'absolute' || style.position === 'fixed';
    if ((positioned && EMPTY_RECT.test(style.clip)) || FULL_INSET.test(style.clipPath)) return true;
  }
  return false;
}
