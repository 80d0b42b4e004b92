import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHECKLIST_ALARM, createSessionChecklistStore } from '@/utils/background/checklist-store';
import { emptyChecklist } from '@/utils/checklist/keys';

const MINUTE = 60_000;

function sample() {
  const checklist = emptyChecklist();
  checklist.eligibility.registeredInKarta = true;
  checklist.fields.lastName = 'Петров';
  checklist.fields.snils = '112-233-445 95';
  return checklist;
}

function setup(ttl = 30) {
  let clock = Date.UTC(2026, 2, 1, 9, 0);
  const store = createSessionChecklistStore({ ttlMinutes: async () => ttl, now: () => clock });
  return {
    store,
    advance: (ms: number) => {
      clock += ms;
    },
    now: () => clock,
  };
}

const session = async () => (await fakeBrowser.storage.session.get('checklist')).checklist;

describe('session checklist store', () => {
  test('save keeps the checklist in storage.session with expiresAt = now + TTL and sets a one-shot alarm', async () => {
    const { store, now } = setup(30);
    const saved = await store.save(sample());
    expect(saved).toEqual({ checklist: sample(), expiresAt: now() + 30 * MINUTE });
    expect(await session()).toEqual(saved);
    const alarm = await fakeBrowser.alarms.get(CHECKLIST_ALARM);
    expect(alarm?.scheduledTime).toBe(saved.expiresAt);
    expect(alarm?.periodInMinutes).toBeUndefined();
    expect(await store.get()).toEqual(saved);
  });

  test('nothing is written to storage.local or storage.sync', async () => {
    const { store } = setup();
    await store.save(sample());
    await store.get();
    await store.clear();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  test('a read after expiry returns null and wipes', async () => {
    const { store, advance } = setup(30);
    await store.save(sample());
    advance(30 * MINUTE);
    expect(await store.get()).toBeNull();
    expect(await session()).toBeUndefined();
    expect(await fakeBrowser.alarms.get(CHECKLIST_ALARM)).toBeUndefined();
  });

  test('each save extends the time limit', async () => {
    const { store, advance, now } = setup(30);
    await store.save(sample());
    advance(20 * MINUTE);
    const again = await store.save(sample());
    expect(again.expiresAt).toBe(now() + 30 * MINUTE);
    advance(20 * MINUTE); // 40 min after the first save, 20 after the second
    expect(await store.get()).toEqual(again);
    expect((await fakeBrowser.alarms.get(CHECKLIST_ALARM))?.scheduledTime).toBe(again.expiresAt);
  });

  test('the alarm wipes an expired checklist even when no tab asks', async () => {
    const { store, advance } = setup(1);
    await store.save(sample());
    advance(MINUTE);
    await store.expireIfDue();
    expect(await session()).toBeUndefined();
  });

  test('an early alarm or a restart keeps a live checklist and re-arms the alarm', async () => {
    const { store, advance } = setup(10);
    const saved = await store.save(sample());
    await fakeBrowser.alarms.clearAll();
    advance(MINUTE);
    await store.expireIfDue();
    expect(await session()).toEqual(saved);
    expect((await fakeBrowser.alarms.get(CHECKLIST_ALARM))?.scheduledTime).toBe(saved.expiresAt);
  });

  test('a new store (background restarted) reads what the previous one saved', async () => {
    const first = setup(30);
    const saved = await first.store.save(sample());
    const second = createSessionChecklistStore({ ttlMinutes: async () => 30, now: first.now });
    expect(await second.get()).toEqual(saved);
  });

  test('clear wipes at once', async () => {
    const { store } = setup();
    await store.save(sample());
    await store.clear();
    expect(await store.get()).toBeNull();
    expect(await fakeBrowser.alarms.get(CHECKLIST_ALARM)).toBeUndefined();
  });

  test('refuses what is not a checklist and keeps the previous one', async () => {
    const { store } = setup();
    const saved = await store.save(sample());
    await expect(store.save({ fields: { snils: '112-233-445 95' } })).rejects.toThrow(/Чек-лист не сохранён/);
    await expect(store.save({ eligibility: [], fields: {} })).rejects.toThrow(/Чек-лист не сохранён/);
    await expect(store.save('x')).rejects.toThrow(/Чек-лист не сохранён/);
    expect(await store.get()).toEqual(saved);
  });

  test('values are cleaned by parseChecklist: mistyped emptied, overlong cut', async () => {
    const { store } = setup();
    const raw = sample() as unknown as { fields: Record<string, unknown> };
    raw.fields.snils = 11223344595;
    raw.fields.idIssuer = 'О'.repeat(5000);
    const saved = await store.save(raw);
    expect(saved.checklist.fields.snils).toBe('');
    expect(saved.checklist.fields.idIssuer.length).toBeLessThanOrEqual(1000);
    expect(saved.checklist.fields.lastName).toBe('Петров');
  });

  test('unknown keys are not stored', async () => {
    const { store } = setup();
    const saved = await store.save({ ...sample(), extra: 'x', fields: { ...sample().fields, notes: 'y' } });
    expect(saved.checklist).toEqual(sample());
  });

  test('a corrupted stored value reads as null and is wiped', async () => {
    const { store } = setup();
    await fakeBrowser.storage.session.set({ checklist: { checklist: 'bad', expiresAt: 'soon' } });
    expect(await store.get()).toBeNull();
    expect(await session()).toBeUndefined();
  });
});
