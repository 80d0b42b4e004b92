import { panelChannel } from '../messaging/protocol';

// A capture, a typed value or a wipe in one tab shows at once in every other tab's panel. The notice carries no data:
// each panel asks for the checklist itself (a panel page cannot watch storage.session in every browser, and the
// page agent in the same tab must not receive personal data).

/** Tells every tab's panel that the session checklist changed; tabs with no panel do not answer. */
export interface TabsToNotify {
  query(filter: object): Promise<Array<{ id?: number }>>;
}

export async function notifyChecklistChanged(tabs: TabsToNotify): Promise<void> {
  const open = await tabs.query({});
  await Promise.all(
    open.map((tab) =>
      tab.id === undefined
        ? undefined
        : panelChannel.sendMessage('panelEvent', { type: 'checklistChanged' }, tab.id).catch(() => {}),
    ),
  );
}
