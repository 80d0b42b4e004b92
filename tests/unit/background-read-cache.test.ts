import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createReadCache } from '@/utils/background/read-cache';

beforeEach(() => fakeBrowser.reset());

test('read once for any number of messages; read again after the watched key or area changes', async () => {
  let version = 1;
  const read = vi.fn(async () => version);
  const cache = createReadCache(read, fakeBrowser.storage, [
    { area: 'local', keys: ['settings'] },
    { area: 'managed' },
  ]);
  expect(await Promise.all([cache.load(), cache.load(), cache.load()])).toEqual([1, 1, 1]);
  expect(read).toHaveBeenCalledTimes(1);

  // Another key of the same area: nothing read again.
  await fakeBrowser.storage.local.set({ ui: { collapsed: true } });
  expect(await cache.load()).toBe(1);
  expect(read).toHaveBeenCalledTimes(1);

  // The watched key (the positive control of the line above).
  version = 2;
  await fakeBrowser.storage.local.set({ settings: { version: 2 } });
  expect(await cache.load()).toBe(2);
  expect(read).toHaveBeenCalledTimes(2);
  cache.stop();
});

test('a failed read is not kept: the next message reads again', async () => {
  const read = vi.fn().mockRejectedValueOnce(new Error('storage busy')).mockResolvedValue('ok');
  const cache = createReadCache(read, fakeBrowser.storage, [{ area: 'local' }]);
  await expect(cache.load()).rejects.toThrow('storage busy');
  expect(await cache.load()).toBe('ok');
  expect(read).toHaveBeenCalledTimes(2);
  cache.stop();
});
