import type { FieldKey } from '../checklist/keys';
import { cleanText, describeControl, labelOf, precedingText, sectionOfControl } from '../fields/describe';
import { sectionOf } from '../fields/meanings';
import { controlsInTreeOrder, enclosingForm, framesOf } from './roots';
import { commonBox, findSplitDates } from './split-date';
import type { CollectResult, ControlOption, FieldControl, FormGroup } from './types';
import { isVisible, isWritable } from './visible';

// DOM → plain descriptions of every fillable control of the page, its same-origin iframes and open shadow roots,
// at this moment.

const SKIPPED_INPUT_TYPES = new Set([
  'hidden',
  'submit',
  'button',
  'reset',
  'image',
  'file',
  'checkbox',
  'color',
  'range',
  'password',
]);
const SEARCH_WORDS = /поиск|найти|искать|search|query/i;

function isCandidate(el: Element, win: Window): boolean {
  if (el.closest('karta-nso-panel')) return false;
  if (el.tagName === 'INPUT' && SKIPPED_INPUT_TYPES.has((el as HTMLInputElement).type.toLowerCase()))
    return false;
  return isWritable(el) && isVisible(el, win);
}

function optionsOf(el: Element, doc: Document): ControlOption[] {
  if (el.tagName === 'SELECT') {
    return Array.from((el as HTMLSelectElement).options).map((o) => ({
      value: o.value,
      text: cleanText(o.text),
    }));
  }
  const listId = el.getAttribute('list');
  const root = el.getRootNode();
  const scope = root.nodeType === 11 ? (root as ShadowRoot) : doc;
  const list = listId ? scope.getElementById(listId) : null;
  if (!list) return [];
  return Array.from(list.querySelectorAll('option')).map((o) => ({
    value: o.value,
    text: cleanText(o.textContent) || o.value,
  }));
}

function isSearchLike(el: Element, words: string[]): boolean {
  if ((el as HTMLInputElement).type === 'search') return true;
  if (el.closest('[role="search"], search')) return true;
  const name = (el.getAttribute('name') ?? '').toLowerCase();
  if (name === 'q' || name === 'query') return true;
  return words.some((w) => SEARCH_WORDS.test(w));
}

function groupRootOf(el: Element, doc: Document): Element {
  return (el as HTMLInputElement).form ?? enclosingForm(el) ?? doc.body ?? doc.documentElement;
}

function groupLabelOf(root: Element, doc: Document): string {
  const aria = cleanText(root.getAttribute('aria-label'));
  if (aria) return aria;
  const heading = root.querySelector('h1, h2, h3, [role="heading"]');
  if (heading) return cleanText(heading.textContent).slice(0, 120);
  return sectionOfControl(root, doc) || cleanText(doc.title);
}

function baseControl(el: HTMLElement, doc: Document, group: number, ref: string): FieldControl {
  const hints = describeControl(el, doc);
  const input = el as HTMLInputElement;
  const tag = el.tagName;
  const type = tag === 'INPUT' ? input.type.toLowerCase() : tag.toLowerCase();
  const kind =
    tag === 'SELECT'
      ? 'select'
      : tag === 'TEXTAREA'
        ? 'textarea'
        : type === 'date'
          ? 'date'
          : type === 'number'
            ? 'number'
            : 'text';
  const maxAttr = el.getAttribute('maxlength');
  return {
    ref,
    kind,
    element: el,
    elements: [el],
    hints,
    section: sectionOf(hints.section),
    inputType: type,
    maxLength: maxAttr && /^\d+$/.test(maxAttr) ? Number(maxAttr) : null,
    pattern: el.getAttribute('pattern') ?? '',
    mask:
      el.getAttribute('data-mask') ??
      el.getAttribute('data-inputmask') ??
      el.getAttribute('data-mask-pattern') ??
      '',
    options: optionsOf(el, doc),
    group,
    searchLike: isSearchLike(el, [
      hints.label,
      hints.placeholder,
      hints.name,
      hints.id,
      hints.title,
      hints.section,
    ]),
  };
}

/** Collect the fillable controls; `siteFields` (key → CSS selector) marks the controls an administrator bound. */
export function collectControls(
  doc: Document,
  win: Window,
  siteFields?: Partial<Record<FieldKey, string>>,
): CollectResult {
  const { frames, sandboxed } = framesOf(doc, win);
  const controls: FieldControl[] = [];
  const groups: FormGroup[] = [];
  const groupIndex = new Map<Element, number>();
  const groupOf = (el: Element, frameDoc: Document): number => {
    const root = groupRootOf(el, frameDoc);
    let index = groupIndex.get(root);
    if (index === undefined) {
      index = groups.length;
      groups.push({ root, label: groupLabelOf(root, frameDoc) });
      groupIndex.set(root, index);
    }
    return index;
  };

  for (const { doc: frameDoc, win: frameWin } of frames) {
    const els = controlsInTreeOrder(frameDoc).filter((el) => isCandidate(el, frameWin)) as HTMLElement[];
    const position = new Map<Element, number>(els.map((el, i) => [el, i]));
    const firstOfFrame = controls.length;
    const nonRadio = els.filter((el) => (el as HTMLInputElement).type !== 'radio');
    const inTrio = new Set<Element>();
    for (const [d, m, y] of findSplitDates(nonRadio)) {
      const [day, month, year] = [nonRadio[d], nonRadio[m], nonRadio[y]] as HTMLSelectElement[];
      const box = commonBox([day, month, year]) as Element;
      const control = baseControl(day, frameDoc, groupOf(day, frameDoc), `f${controls.length}`);
      const own = control.hints.label;
      const boxLabel = labelOf(box, frameDoc);
      control.kind = 'split-date';
      control.elements = [day, month, year];
      control.split = { day, month, year };
      control.hints.label = /^(день|число|дд|day)$/i.test(own) || !own ? boxLabel || own : own;
      control.hints.section = sectionOfControl(box, frameDoc);
      control.section = sectionOf(control.hints.section);
      control.monthOptions = optionsOf(month, frameDoc);
      controls.push(control);
      for (const el of [day, month, year]) inTrio.add(el);
    }
    const radioGroups = new Map<string, HTMLInputElement[]>();
    for (const el of els) {
      if (inTrio.has(el)) continue;
      const input = el as HTMLInputElement;
      if (input.type === 'radio') {
        const key = `${groupOf(el, frameDoc)}:${input.name || el.id}`;
        const radios = radioGroups.get(key);
        if (radios) {
          radios.push(input);
          continue;
        }
        radioGroups.set(key, [input]);
      }
      controls.push(baseControl(el, frameDoc, groupOf(el, frameDoc), `f${controls.length}`));
    }
    for (const radios of radioGroups.values()) {
      const control = controls.find((c) => c.element === radios[0]) as FieldControl;
      const box = radios.length > 1 ? (commonAncestor(radios) ?? radios[0]) : radios[0];
      control.kind = 'radio-group';
      control.elements = radios;
      control.options = radios.map((r) => ({ value: r.value, text: labelOf(r, frameDoc) }));
      const first = radios[0].closest('label') ?? radios[0];
      control.hints.label =
        cleanText(box.getAttribute('aria-label')) || precedingText(first) || labelOf(box, frameDoc);
      control.hints.section = sectionOfControl(box, frameDoc);
      control.section = sectionOf(control.hints.section);
    }
    bindSiteFields(controls, frameDoc, siteFields);
    // Split dates were taken out first: put this frame's controls back in tree order.
    const ofFrame = controls.splice(firstOfFrame);
    ofFrame.sort((a, b) => (position.get(a.element) ?? 0) - (position.get(b.element) ?? 0));
    controls.push(...ofFrame);
  }
  controls.forEach((c, i) => {
    c.ref = `f${i}`; // refs follow document order (plan relies on it)
  });
  return { controls, groups, sandboxedFrames: sandboxed };
}

function commonAncestor(els: Element[]): Element | null {
  let box: Element | null = els[0].parentElement;
  while (box && !els.every((el) => box?.contains(el))) box = box.parentElement;
  return box;
}

function bindSiteFields(
  controls: FieldControl[],
  frameDoc: Document,
  siteFields?: Partial<Record<FieldKey, string>>,
): void {
  if (!siteFields) return;
  for (const [key, selector] of Object.entries(siteFields) as [FieldKey, string][]) {
    if (!selector) continue;
    let target: Element | null = null;
    try {
      target = frameDoc.querySelector(selector);
    } catch {
      continue; // an invalid selector in settings binds nothing; heuristics still apply
    }
    if (!target) continue;
    const control = controls.find((c) => c.elements.some((el) => el === target || target?.contains(el)));
    if (control) control.siteKey = key;
  }
}
