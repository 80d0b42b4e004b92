import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { Checklist } from '../checklist/keys';
import type { StoredChecklist } from '../messaging';
import { toChecklist } from './checklist-guard';
import { createSerialQueue } from './serial-queue';

// The session checklist holds personal data, so it lives in storage.session ONLY (shared by all tabs, gone when the
// browser closes, kept across background restarts) and expires: every save pushes `expiresAt` to now + TTL, a read
// after it wipes, and a one-shot alarm at `expiresAt` wipes it even when no tab asks. Nothing polls.

export const CHECKLIST_ALARM = 'karta-checklist-expiry';
const MINUTE_MS = 60_000;

export const checklistItem = storage.defineItem<unknown>('session:checklist');

export interface SessionChecklistStoreDeps {
  ttlMinutes: () => Promise<number>;
  now?: () => number;
}

export interface SessionChecklistStore {
  get(): Promise<StoredChecklist | null>;
  save(checklist: unknown): Promise<StoredChecklist>;
  clear(): Promise<void>;
  /** Wipes the checklist if it has expired; keeps the alarm set while it has not. Call on alarm and on startup. */
  expireIfDue(): Promise<void>;
}

function toStored(value: unknown): StoredChecklist | null {
  if (typeof value !== 'object' || value === null) return null;
  const { checklist, expiresAt } = value as Record<string, unknown>;
  const clean = toChecklist(checklist);
  if (!clean || typeof expiresAt !== 'number' || !Number.isFinite(expiresAt)) return null;
  return { checklist: clean, expiresAt };
}

export function createSessionChecklistStore({
  ttlMinutes,
  now = () => Date.now(),
}: SessionChecklistStoreDeps): SessionChecklistStore {
  async function wipe(): Promise<void> {
    await checklistItem.removeValue();
    await browser.alarms.clear(CHECKLIST_ALARM);
  }

  async function readValid(): Promise<StoredChecklist | null> {
    const raw = await checklistItem.getValue();
    if (raw == null) return null;
    const stored = toStored(raw);
    if (!stored || stored.expiresAt <= now()) {
      await wipe();
      return null;
    }
    return stored;
  }

  // One queue: a read that finds an expired value must not wipe a save that landed meanwhile.
  const enqueue = createSerialQueue();
  return {
    get: () => enqueue(readValid),
    save(value) {
      const checklist: Checklist | null = toChecklist(value);
      if (!checklist) return Promise.reject(new Error('Чек-лист не сохранён: данные не похожи на чек-лист.'));
      return enqueue(async () => {
        const stored: StoredChecklist = { checklist, expiresAt: now() + (await ttlMinutes()) * MINUTE_MS };
        await checklistItem.setValue(stored);
        await browser.alarms.create(CHECKLIST_ALARM, { when: stored.expiresAt });
        return stored;
      });
    },
    clear: () => enqueue(wipe),
    expireIfDue: () =>
      enqueue(async () => {
        const stored = await readValid();
        if (stored) await browser.alarms.create(CHECKLIST_ALARM, { when: stored.expiresAt });
      }),
  };
}
