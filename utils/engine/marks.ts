import { formatDateRu } from '../checklist/dates';
import type { Mark } from '../page-marks/overlay';
import type { ElementMap, FillReport, PrefillPlan, PrefillTarget } from '../prefill/types';

// Which page elements the engine marks: the control the clerk sees for each target (a custom dropdown's box, a split
// date's boxes), the value a preview would write there, and after a fill what was written and which required fields
// are still empty.

/** The control the clerk sees for a target. */
function visibleOf(t: PrefillTarget, elements: ElementMap): HTMLElement[] {
  const els = elements.get(t.ref);
  if (!els) return [];
  if (els.widget) return [els.widget.root];
  return els.elements.length > 0 ? els.elements : [els.element];
}

/**
 * What the clerk reads in a hint: a select's option text rather than its value, and a date as ДД.ММ.ГГГГ even where
 * a native date field takes it as ГГГГ-ММ-ДД.
 */
function shownValue(t: PrefillTarget): string {
  return formatDateRu(
    t.control.options?.find((o) => o.value === t.value)?.text.trim() || t.expected || t.value,
  );
}

/** Before a fill: beside each field, the value it would receive. */
export function previewMarks(plan: PrefillPlan, elements: ElementMap): Mark[] {
  return plan.targets
    .filter((t) => !t.problem)
    .flatMap((t) =>
      visibleOf(t, elements).map((element) => ({ element, kind: 'hint' as const, text: shownValue(t) })),
    );
}

/** After a fill: what was written stays marked until edited; required fields left empty until filled. */
export function resultMarks(plan: PrefillPlan, elements: ElementMap, report: FillReport): Mark[] {
  const out: Mark[] = [];
  for (const t of plan.targets) {
    if (report[t.key]?.status !== 'filled') continue;
    for (const element of visibleOf(t, elements)) out.push({ element, kind: 'filled' });
  }
  const written = new Set(out.map((m) => m.element));
  for (const element of requiredEmpty(plan, elements))
    if (!written.has(element)) out.push({ element, kind: 'required' });
  return out;
}

function requiredEmpty(plan: PrefillPlan, elements: ElementMap): HTMLElement[] {
  const first = plan.targets[0] ? elements.get(plan.targets[0].ref)?.element : undefined;
  const form = first?.closest('form') ?? first?.ownerDocument;
  if (!form) return [];
  return [...form.querySelectorAll<HTMLElement>('[required], [aria-required="true"]')].filter(
    (el) => (el as HTMLInputElement).value?.trim() === '' && el.getClientRects().length > 0,
  );
}
