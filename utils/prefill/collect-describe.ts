import {
  type ControlHints,
  contextLabelOf,
  type DescribeIndex,
  describeControl,
  labelledByLabel,
  labelOf,
  precedingText,
} from '../fields/describe';
import { cleanText, optionsIn, textWithoutControls } from '../fields/text';
import { commonBox } from './split-date';
import type { ControlDescription, ControlOption, WidgetParts } from './types';
import type { Unit } from './units';
import { boxText, nativeSelectedText } from './widgets';

// One unit → its plain description: the hints a person reads around it, its format attributes, its options.

export function optionsOf(el: Element, doc: Document): ControlOption[] {
  if (el.tagName === 'SELECT') {
    return optionsIn(el).map((o) => ({
      value: o.value,
      text: cleanText(o.text),
    }));
  }
  const listId = el.getAttribute('list');
  if (!listId) return [];
  const root = el.getRootNode();
  const list = (root.nodeType === 11 ? (root as ShadowRoot) : doc).getElementById(listId);
  if (!list) return [];
  return optionsIn(list).map((o) => ({
    value: o.value,
    text: cleanText(o.textContent) || o.value,
  }));
}

/**
 * A search box by its type (a dropdown's own typing box aside: Quasar's searchable select types into an
 * `input[type=search]`) or its place (a search landmark); the plan reads its words (plan.ts).
 */
function isSearchBox(el: Element, widget: unknown): boolean {
  return (
    (!widget && (el as HTMLInputElement).type === 'search') || el.closest('[role="search"],search') !== null
  );
}

function maxLengthOf(el: Element): number | null {
  const attr = el.getAttribute('maxlength');
  return attr && /^\d+$/.test(attr) ? Number(attr) : null;
}

function maskOf(el: Element): string {
  return (
    el.getAttribute('data-mask') ??
    el.getAttribute('data-inputmask') ??
    el.getAttribute('data-mask-pattern') ??
    ''
  );
}

/** The label of a custom dropdown: its native select's, its ARIA relation (not to its own value), its box's. */
function widgetLabel(w: WidgetParts, doc: Document, index: DescribeIndex): string {
  const scope = w.root.getRootNode() as Document | ShadowRoot;
  const { native, trigger, input, root } = w;
  const wrappingText = () => {
    const wrapping = root.closest('label');
    return wrapping ? textWithoutControls(wrapping) : '';
  };
  // Each source is read only when the stronger ones gave nothing.
  return (
    (native && labelOf(native, doc, index)) ||
    labelledByLabel(trigger, doc, root) ||
    (input && labelledByLabel(input, doc, root)) ||
    (input?.id && index.labelFor(scope, input.id)) ||
    (trigger.id && index.labelFor(scope, trigger.id)) ||
    cleanText(trigger.getAttribute('aria-label') ?? input?.getAttribute('aria-label')) ||
    wrappingText() ||
    contextLabelOf(root)
  );
}

function widgetHints(w: WidgetParts, doc: Document, index: DescribeIndex): ControlHints {
  const attrOf = (name: string) =>
    w.native?.getAttribute(name) || w.input?.getAttribute(name) || w.trigger.getAttribute(name) || '';
  const shown = boxText(w);
  const prompt = w.native ? optionsIn(w.native)[0] : undefined;
  return {
    label: widgetLabel(w, doc, index),
    section: '', // the heading of its root, as for every kind (describeUnit)
    name: attrOf('name'),
    id: attrOf('id'),
    placeholder: shown.placeholder || (prompt && prompt.value === '' ? cleanText(prompt.textContent) : ''),
    title: cleanText(w.trigger.getAttribute('title')),
  };
}

/** What a list shows as chosen: a custom dropdown's native select or its box, else the select's chosen option. */
export function chosenTextOf(el: Element, widget?: WidgetParts): string {
  return widget
    ? nativeSelectedText(widget.native) || boxText(widget).value
    : nativeSelectedText(el as HTMLSelectElement);
}

/** The description of one unit; `headingNode` is what heads its block (null: no heading). */
export function describeUnit(
  unit: Unit,
  doc: Document,
  index: DescribeIndex,
): { control: ControlDescription; headingNode: Element | null; title: string } {
  const el = unit.element;
  const input = el as HTMLInputElement;
  let box: Element = el;
  let hints: ControlHints;
  let options: ControlOption[] = [];
  const extra: Partial<ControlDescription> = {};
  if (unit.kind === 'combobox' && unit.widget) {
    const w = unit.widget;
    box = w.root;
    hints = widgetHints(w, doc, index);
    options = w.native ? optionsOf(w.native, doc) : [];
    extra.editable = !!w.input && !w.input.readOnly && w.input.getAttribute('aria-readonly') !== 'true';
  } else if (unit.kind === 'segmented-date') {
    // Segments name only their part («День»); the group around them, or the form's own input, names the date.
    const around = commonBox(unit.elements) ?? el;
    box = around.closest('[role="group"]') ?? around;
    const holder = unit.holder;
    hints = holder ? describeControl(holder, doc, index) : describeControl(box, doc, index);
    hints.label = labelOf(box, doc, index) || hints.label;
  } else if (unit.kind === 'split-date' && unit.split) {
    const { day, month } = unit.split;
    box = commonBox(unit.elements) ?? el;
    hints = describeControl(day, doc, index);
    const own = hints.label;
    const boxLabel = labelOf(box, doc, index);
    hints.label = /^(день|число|дд|day)$/i.test(own) || !own ? boxLabel || own : own;
    extra.monthOptions = optionsOf(month, doc);
  } else if (unit.kind === 'radio-group') {
    const radios = unit.elements;
    box = radios.length > 1 ? (commonBox(radios, Number.POSITIVE_INFINITY) ?? el) : el;
    hints = describeControl(el, doc, index);
    const first = radios[0].closest('label') ?? radios[0];
    hints.label =
      cleanText(box.getAttribute('aria-label')) || precedingText(first) || labelOf(box, doc, index);
    options = radios.map((r) => ({ value: (r as HTMLInputElement).value, text: labelOf(r, doc, index) }));
  } else {
    hints = describeControl(el, doc, index);
    options = optionsOf(el, doc);
  }
  if (unit.widget || el.tagName === 'SELECT') extra.selectedText = chosenTextOf(el, unit.widget);
  // Every kind's section is the heading of its box (the control itself, a widget's root, a date's or radios' box).
  const heading = index.sections.headingOf(box);
  hints.section = heading?.text ?? '';
  const control: ControlDescription = {
    ref: '',
    kind: unit.kind,
    hints,
    inputType: el.tagName === 'INPUT' ? input.type.toLowerCase() : el.localName,
    maxLength: maxLengthOf(unit.widget?.input ?? el),
    pattern: el.getAttribute('pattern') ?? '',
    mask: maskOf(el),
    options,
    ...extra,
    group: 0,
    block: 0,
    searchLike: isSearchBox(el, unit.widget),
  };
  return { control, headingNode: heading?.node ?? null, title: heading?.text ?? '' };
}
