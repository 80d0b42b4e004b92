import { browser } from 'wxt/browser';

// The pages a clerk opens for the citizen. Extension pages (popup, the panel's page) call these; a content script
// cannot open extension pages and asks its extension page to.

/** «Показать гражданину»: the large-print screen in its own window, to drag to a second monitor or turn around. */
export async function openCitizenScreen(api = browser): Promise<void> {
  const url = api.runtime.getURL('/citizen.html');
  try {
    await api.windows.create({ url, type: 'popup', width: 1280, height: 800 });
  } catch {
    await api.tabs.create({ url }); // no windows API (or refused): a tab does the same job
  }
}

/** «Распечатать лифлет»: the A5 page in a tab; printing starts on its button. */
export async function openLeafletPage(api = browser): Promise<void> {
  await api.tabs.create({ url: api.runtime.getURL('/leaflet.html') });
}
