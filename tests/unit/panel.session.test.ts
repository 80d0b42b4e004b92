import { issuanceKit } from '@/components/panel/kits/issuance';
import { maisKit } from '@/components/panel/kits/mais';
import { createPanelSession, type PanelSession } from '@/components/panel/session';
import { createLocalBridge } from './local-bridge';
import { fakeDeps, panelConfig } from './panel-helpers';

// The panel page's session: the host's size follows collapsed/expanded, the field watcher runs only while the
// panel is open on pages with a form, and the recorded outcome becomes a gate command (release only on refusal).

let session: PanelSession | null = null;
afterEach(() => {
  session?.dispose();
  session = null;
});

function start(kit = issuanceKit, overrides = {}, stored = { collapsed: false }) {
  const page = createLocalBridge(document);
  const { deps } = fakeDeps(stored);
  session = createPanelSession({ config: panelConfig(overrides), kit, bridge: page.bridge, deps });
  return { session, page };
}

test('the host follows the remembered state, then every collapse and expand', async () => {
  const { session, page } = start(issuanceKit, {}, { collapsed: true });
  await session.model.ready;
  await vi.waitFor(() => expect(page.layout).toEqual([true]));
  session.model.setCollapsed(false);
  session.model.toggle();
  expect(page.layout).toEqual([true, false, true]);
});

test('a МАИС panel watches the page only while it is open; an issuance panel never does', async () => {
  const mais = start(maisKit, { kind: 'mais' });
  await mais.session.model.ready;
  await vi.waitFor(() => expect(mais.page.calls).toContain('watchFields:true'));
  mais.session.model.setCollapsed(true);
  expect(mais.page.calls.at(-1)).toBe('watchFields:false');
  mais.session.dispose();

  const issuance = start(issuanceKit);
  await issuance.session.model.ready;
  await vi.waitFor(() => expect(issuance.page.layout).toEqual([false])); // the positive control: it did start
  expect(issuance.page.calls.filter((c) => c.startsWith('watchFields'))).toEqual([]);
});

test('a held issue control expands the panel with the notice; refusal releases, a new visitor rearms', async () => {
  const { session, page } = start(issuanceKit, {}, { collapsed: true });
  await session.model.ready;
  page.emit('gateHeld');
  expect(session.model.collapsed.value).toBe(false);
  expect(session.model.gateNotice.value).not.toBeNull();
  await session.model.record('refused');
  expect(page.gate).toEqual(['remind', 'release']);
  session.model.newVisitor();
  expect(page.gate).toEqual(['remind', 'release', 'rearm']);
});

test.each(['accepted', 'leaflet', 'mais'] as const)(
  'outcome «%s» opens the gate without issuing',
  async (outcome) => {
    const { session, page } = start();
    page.emit('gateHeld');
    await session.model.record(outcome);
    expect(page.gate).toEqual(['remind', 'open']);
    expect(session.model.status.value.text).toContain('Пластиковая карта не оформлялась');
  },
);

test('no gate commands when the setting is off or the kit has no gate', async () => {
  const off = start(issuanceKit, { gateEnabled: false });
  off.page.emit('gateHeld');
  await off.session.model.record('refused');
  expect(off.session.model.gateNotice.value).toBeNull();
  expect(off.page.gate).toEqual([]);
  off.session.dispose();

  const mais = start(maisKit, { kind: 'mais' });
  await mais.session.model.record('mais');
  expect(mais.page.gate).toEqual([]);
  mais.session.dispose();

  const on = start(); // the positive control
  await on.session.model.record('refused');
  expect(on.page.gate).toEqual(['remind', 'release']);
});

test('a gate panel asks, once listening, to hear of an issuance held before it loaded', () => {
  const { session, page } = start();
  expect(page.gate).toEqual(['remind']);
  // The agent answers with the notice it could not deliver: the panel now hears it.
  page.emit('gateHeld');
  expect(session.model.gateNotice.value).not.toBeNull();
});

test('the keyboard shortcut toggles the panel', () => {
  const { session, page } = start();
  page.emit('toggle');
  expect(session.model.collapsed.value).toBe(true);
  page.emit('toggle');
  expect(session.model.collapsed.value).toBe(false);
});
