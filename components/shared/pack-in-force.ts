import type { ContentPack } from '@/utils/content-pack';
import { DEFAULT_PACK } from '@/utils/content-pack/default-pack';
import { readContentPack } from '@/utils/settings/pack-store';

// The memo's texts every extension page shows: the administrator's imported pack when there is a readable one,
// else the built-in memo. A page waits for it (a local read) rather than flash the built-in text first.

export async function packInForce(): Promise<ContentPack> {
  try {
    return (await readContentPack()).pack;
  } catch {
    return DEFAULT_PACK;
  }
}
