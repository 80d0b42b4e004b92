// Who sent a message. Only extension contexts can message the background at all (no externally_connectable), but a
// content script lives in pages we do not control, so the background tells its senders apart by what the browser
// reports about them — never by anything inside the message:
// - the panel page: an extension URL `/panel.html` inside a tab, in a sub-frame (the agent's iframe);
// - the page agent: a web page's top frame in a tab;
// - other extension pages (popup, options, the citizen's screen): an extension URL.

export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export type SenderKind = 'panel' | 'agent' | 'extension-page';

const EXTENSION_PROTOCOLS = new Set(['chrome-extension:', 'moz-extension:']);
export const PANEL_PATH = '/panel.html';

function parseUrl(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The kind of a sender, or null when it is none of ours (wrong extension, a sub-frame's content script …). */
export function senderKind(sender: SenderInfo | undefined, extensionId: string): SenderKind | null {
  if (!sender || sender.id !== extensionId) return null;
  const url = parseUrl(sender.url);
  if (!url) return null;
  const inTab = typeof sender.tab?.id === 'number';
  if (EXTENSION_PROTOCOLS.has(url.protocol)) {
    if (url.pathname === PANEL_PATH) return inTab && (sender.frameId ?? 0) > 0 ? 'panel' : null;
    return 'extension-page';
  }
  return inTab && sender.frameId === 0 ? 'agent' : null;
}

/** Thrown to a sender that may not send this message; the text is for the log of a developer, not a clerk. */
export class SenderRefused extends Error {
  constructor(message: string, kind: SenderKind | null) {
    super(`«${message}» не принимается от ${kind ?? 'неизвестного отправителя'}`);
  }
}
