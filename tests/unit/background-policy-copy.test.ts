import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPolicyCopy } from '@/utils/background/policy-copy';

// The background's policy copy: Chromium answers storage.managed seconds after a browser start; until then the
// background reads the policy from its last answer, and an answer that differs replaces it.

/** A policy area whose answers the test gives: each `get()` waits for the next `answer` (or `refuse`). */
function slowArea() {
  const waiting: { resolve: (v: unknown) => void; reject: (e: unknown) => void }[] = [];
  let calls = 0;
  return {
    area: {
      get: () => {
        calls++;
        return new Promise<unknown>((resolve, reject) => waiting.push({ resolve, reject }));
      },
    },
    answer: (policy: unknown) => waiting.shift()?.resolve(policy),
    refuse: () => waiting.shift()?.reject(new Error('Managed storage manifest not found')),
    calls: () => calls,
  };
}

const stored = async () => (await fakeBrowser.storage.local.get('policyCopy')).policyCopy;
const policyA = { sites: [{ kind: 'mais', match: 'https://a.nso.ru/*' }] };
const policyB = { sites: [{ kind: 'mais', match: 'https://b.nso.ru/*' }] };

/** Records every change of the copy's key. */
function copyChanges(): unknown[] {
  const seen: unknown[] = [];
  fakeBrowser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'policyCopy' in changes) seen.push(changes.policyCopy.newValue);
  });
  return seen;
}

test('with no copy (the first start after installation) the browser’s answer is waited for, then kept', async () => {
  const slow = slowArea();
  const copy = createPolicyCopy(slow.area);
  let got: unknown = 'pending';
  const reading = copy.get().then((p) => {
    got = p;
  });
  await new Promise((r) => setTimeout(r, 20));
  expect(got).toBe('pending');

  slow.answer(policyA);
  await reading;
  expect(got).toEqual(policyA);
  expect(await stored()).toEqual({ policy: policyA });
});

test('with a copy, the policy is answered from it at once; a different answer replaces it and is read from then on', async () => {
  await fakeBrowser.storage.local.set({ policyCopy: { policy: policyA } });
  const changes = copyChanges();
  const slow = slowArea();
  const copy = createPolicyCopy(slow.area);
  expect(await copy.get()).toEqual(policyA);
  expect(slow.calls()).toBe(1); // the browser was asked at start, and has not answered

  slow.answer(policyB);
  await vi.waitFor(async () => expect(await stored()).toEqual({ policy: policyB }));
  expect(changes).toEqual([{ policy: policyB }]);

  // Answered once: each read asks the browser again, so a policy changed later is seen.
  const next = copy.get();
  slow.answer(policyA);
  expect(await next).toEqual(policyA);
  expect(slow.calls()).toBe(2);
});

test('an answer equal to the copy leaves it untouched', async () => {
  await fakeBrowser.storage.local.set({ policyCopy: { policy: policyA } });
  const changes = copyChanges();
  const slow = slowArea();
  const copy = createPolicyCopy(slow.area);
  slow.answer(structuredClone(policyA));
  await new Promise((r) => setTimeout(r, 10)); // the answer compared with the copy
  // The positive control: a later read that differs is kept, and is the only change seen.
  const reading = copy.get();
  slow.answer(policyB);
  expect(await reading).toEqual(policyB);
  expect(slow.calls()).toBe(2);
  expect(changes).toEqual([{ policy: policyB }]);
});

test('no policy (Firefox refuses the read) is kept as none, and the next start answers none at once', async () => {
  const first = slowArea();
  const copy = createPolicyCopy(first.area);
  const reading = copy.get();
  first.refuse();
  expect(await reading).toBeUndefined();
  expect(await stored()).toEqual({ policy: null });

  const later = slowArea();
  expect(await createPolicyCopy(later.area).get()).toBeUndefined();
  expect(later.calls()).toBe(1);
});
