import { storage } from 'wxt/utils/storage';
import { type ContentPack, DEFAULT_PACK, parsePack } from '../content-pack';

// An administrator's content pack (the memo's texts), imported on the options page. Absent: the built-in pack.

export const CONTENT_PACK_VERSION = 1;

/** The `storage.local` key of an imported content pack. */
export const CONTENT_PACK_KEY = 'contentPack';

export const contentPackItem = storage.defineItem<ContentPack | null>(`local:${CONTENT_PACK_KEY}`, {
  fallback: null,
  version: CONTENT_PACK_VERSION,
  migrations: {},
});

export interface StoredPack {
  pack: ContentPack;
  /** True when an imported pack is in force. */
  custom: boolean;
  /** Russian message when a stored pack could not be read (the built-in one is used then). */
  error: string | null;
}

export async function readContentPack(): Promise<StoredPack> {
  const stored = await contentPackItem.getValue();
  if (stored === null || stored === undefined) return { pack: DEFAULT_PACK, custom: false, error: null };
  const { pack, error } = parsePack(stored);
  return { pack, custom: error === null, error };
}
