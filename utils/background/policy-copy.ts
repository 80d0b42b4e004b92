import { storage } from 'wxt/utils/storage';
import { type ManagedArea, readManaged } from '../settings/effective';

// Chromium answers `storage.managed` only once its policy service has started: seconds after every browser start
// (3 s on the test machines, up to 6 s reported elsewhere), and every restored tab's panel and gate waited for it.
// The background keeps a copy of the policy's last answer in storage.local (no personal data: sites, limits, the
// office) and, until the browser's first answer comes, answers from that copy. An answer that differs replaces the
// copy, and that change makes the background read its settings again and re-register the sites (main.ts), as a
// policy change does. With no copy yet — the first start after installation — the first answer is waited for, so an
// extension installed by policy never starts on settings its policy overrides.

export const POLICY_COPY_KEY = 'policyCopy';

/** The policy as last answered (`null`: no policy); the item itself is null until a first answer. */
const copyItem = storage.defineItem<{ policy: unknown } | null>(`local:${POLICY_COPY_KEY}`, {
  fallback: null,
});

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Keeps `policy` as the copy when it differs from it; the answer stands even if storage fails. */
async function remember(policy: unknown): Promise<unknown> {
  try {
    const copy = await copyItem.getValue();
    if (!copy || !same(copy.policy, policy)) await copyItem.setValue({ policy: policy ?? null });
  } catch (error) {
    console.error('[karta] keeping the policy copy failed', error);
  }
  return policy;
}

/**
 * The policy area the background reads its settings through: the browser's own answer once it has given one (read
 * anew each time, so a policy changed later is seen), the copy before that, or the first answer when there is no copy.
 */
export function createPolicyCopy(area?: ManagedArea): ManagedArea {
  let answered = false;
  const first = readManaged(area)
    .then(remember)
    .finally(() => {
      answered = true;
    });
  return {
    async get() {
      if (answered) return remember(await readManaged(area));
      const copy = await copyItem.getValue().catch(() => null);
      return copy ? (copy.policy ?? undefined) : first;
    },
  };
}
