/**
 * Copies text with the async Clipboard API, falling back to a hidden textarea + execCommand('copy') where the API is
 * missing or refused (older browsers, pages without clipboard permission). Resolves to whether it worked.
 * `doc` and `container` are passed in so this runs in the popup, the options page and the panel's shadow root.
 */
export async function copyText(text: string, doc: Document, container?: Element): Promise<boolean> {
  const clipboard = doc.defaultView?.navigator?.clipboard;
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // fall through to the textarea way
    }
  }
  return copyWithTextarea(text, doc, container ?? doc.body);
}

function copyWithTextarea(text: string, doc: Document, container: Element): boolean {
  const previousFocus = doc.activeElement as HTMLElement | null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText = 'position:fixed;top:0;left:-9999px;opacity:0;';
  container.appendChild(area);
  try {
    area.select();
    return doc.execCommand?.('copy') ?? false;
  } catch {
    return false;
  } finally {
    area.remove();
    previousFocus?.focus?.();
  }
}
