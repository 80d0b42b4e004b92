/** Saves text as a file through a temporary object URL and <a download>; no network involved. */
export function downloadText(doc: Document, fileName: string, text: string, mime: string): void {
  const win = doc.defaultView;
  if (!win) return;
  const url = win.URL.createObjectURL(new win.Blob([text], { type: mime }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start the download asynchronously.
  win.setTimeout(() => win.URL.revokeObjectURL(url), 10_000);
}
