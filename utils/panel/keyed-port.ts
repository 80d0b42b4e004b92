// The one way a port reaches the panel page: posted by the extension's script in the page (the agent, the engine)
// to the panel's window from its parent, with a key the panel made and sent through the background. The first port
// that comes with the key is taken; anything else posted to the window — without the key, from elsewhere, with no
// port — is ignored.

/** Waits for the port that comes with `key`; returns how to stop waiting. */
export function takeKeyedPort(win: Window, key: string, onPort: (port: MessagePort) => void): () => void {
  const take = (event: MessageEvent) => {
    if (event.data !== key || event.source !== win.parent || event.ports.length !== 1) return;
    win.removeEventListener('message', take);
    onPort(event.ports[0]);
  };
  win.addEventListener('message', take);
  return () => win.removeEventListener('message', take);
}
