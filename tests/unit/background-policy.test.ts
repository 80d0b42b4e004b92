import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '@/utils/background/main';
import { FIELD_KEYS } from '@/utils/checklist/keys';
import { DEFAULT_PACK } from '@/utils/content-pack';
import { managedSchema } from '@/utils/settings/managed-schema';
import { settingsShape } from '@/utils/settings/schema';
import { createFakeScripting } from './background-fake-scripting';
import { ask, senders } from './background-senders';

// The background works with the settings in force: local settings with the browser policy on top.

let stop: () => void = () => {};
afterEach(() => stop());

function start() {
  const scripting = createFakeScripting();
  Object.assign(fakeBrowser, { scripting });
  Object.assign(fakeBrowser.commands, { onCommand: { addListener: () => {}, removeListener: () => {} } });
  Object.assign(fakeBrowser.storage.session, { setAccessLevel: async () => {} });
  stop = startBackground();
  return scripting;
}

const local = { sites: [{ kind: 'issuance', match: 'https://local.ru/*' }] };

describe('background under a browser policy', () => {
  test('the policy’s sites are registered instead of the local ones, and a policy change re-registers', async () => {
    await fakeBrowser.storage.local.set({ settings: local });
    await fakeBrowser.storage.managed.set({ sites: [{ kind: 'mais', match: 'https://mais.nso.ru/*' }] });
    const scripting = start();
    await vi.waitFor(() =>
      expect(scripting.patterns()).toEqual({ 'karta-panel-0': ['https://mais.nso.ru/*'] }),
    );

    await fakeBrowser.storage.managed.set({ sites: [{ kind: 'mais', match: 'https://other.nso.ru/*' }] });
    await vi.waitFor(() =>
      expect(scripting.patterns()).toEqual({ 'karta-panel-0': ['https://other.nso.ru/*'] }),
    );
  });

  test('after a browser start, the policy’s copy registers its sites before the browser answers; the answer corrects them', async () => {
    await fakeBrowser.storage.local.set({
      settings: local,
      policyCopy: { policy: { sites: [{ kind: 'mais', match: 'https://mais.nso.ru/*' }] } },
    });
    // The browser's policy service not started yet: reads wait until it answers, and are answered at once after.
    const waiting: ((policy: unknown) => void)[] = [];
    let policy: unknown = null;
    const answer = (value: unknown) => {
      policy = value;
      for (const resolve of waiting.splice(0)) resolve(value);
    };
    const get = vi
      .spyOn(fakeBrowser.storage.managed, 'get')
      .mockImplementation(
        () => (policy ? Promise.resolve(policy) : new Promise((resolve) => waiting.push(resolve))) as never,
      );
    try {
      const scripting = start();
      await vi.waitFor(() =>
        expect(scripting.patterns()).toEqual({ 'karta-panel-0': ['https://mais.nso.ru/*'] }),
      );
      expect(get).toHaveBeenCalledTimes(1); // asked, not answered yet
      answer({ sites: [{ kind: 'mais', match: 'https://other.nso.ru/*' }] });
      await vi.waitFor(() =>
        expect(scripting.patterns()).toEqual({ 'karta-panel-0': ['https://other.nso.ru/*'] }),
      );
    } finally {
      get.mockRestore();
    }
  });

  test('a bad policy is ignored: local sites stay registered and the problem is recorded in Russian', async () => {
    await fakeBrowser.storage.local.set({ settings: local });
    await fakeBrowser.storage.managed.set({ sites: [{ kind: 'mais', match: 'mais.nso.ru' }] });
    const scripting = start();
    await vi.waitFor(() => expect(scripting.patterns()).toEqual({ 'karta-panel-0': ['https://local.ru/*'] }));
    await vi.waitFor(async () => {
      const { settingsErrors } = (await fakeBrowser.storage.local.get('settingsErrors')) as {
        settingsErrors: string[];
      };
      expect(settingsErrors[0]).toMatch(/Политика администратора отклонена/);
      expect(settingsErrors[1]).toMatch(/^Сайт №1 \(«mais\.nso\.ru»\), шаблон адреса/);
    });
  });

  test('the content pack in force reaches the panel config', async () => {
    await fakeBrowser.storage.local.set({
      settings: local,
      contentPack: { ...DEFAULT_PACK, hotlineText: 'Звоните 110, пожалуйста.' },
    });
    start();
    const config = await ask(senders.panel({ id: 3, url: 'https://local.ru/card' }), 'panelHello');
    expect(config?.pack.hotlineText).toBe('Звоните 110, пожалуйста.');
  });
});

describe('managed_schema', () => {
  test('describes every settings key and every checklist field a policy may map', () => {
    const schema = managedSchema();
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(settingsShape).sort());
    expect(Object.keys(schema.properties.sites.items.properties.fields.properties)).toEqual([...FIELD_KEYS]);
  });
});
