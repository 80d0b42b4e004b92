import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { packInForce } from '@/components/shared/pack-in-force';
import { DEFAULT_PACK } from '@/utils/content-pack/default-pack';
import { contentPackItem } from '@/utils/settings/pack-store';

beforeEach(() => fakeBrowser.reset());

test('popup, citizen screen and leaflet show the imported memo; the built-in one when none or a broken one', async () => {
  expect(await packInForce()).toEqual(DEFAULT_PACK);
  const imported = structuredClone(DEFAULT_PACK);
  imported.service.hotline = '8-800-100-00-00';
  await contentPackItem.setValue(imported);
  expect((await packInForce()).service.hotline).toBe('8-800-100-00-00');
  await fakeBrowser.storage.local.set({ contentPack: { steps: 'broken' } });
  expect(await packInForce()).toEqual(DEFAULT_PACK);
});
