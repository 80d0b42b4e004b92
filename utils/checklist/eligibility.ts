import type { Eligibility, EligibilityKey } from './keys';

// Which of step 5's three conditions are missing, each with the memo's advice. The advice text comes in (from the
// content pack in the panel), so this module stays tiny for the page's bundle.

export function missingEligibilityWith(
  e: Eligibility,
  advice: Record<EligibilityKey, string>,
): { key: EligibilityKey; advice: string }[] {
  return (Object.keys(advice) as EligibilityKey[])
    .filter((key) => !e[key])
    .map((key) => ({ key, advice: advice[key] }));
}
