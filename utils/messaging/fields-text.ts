import type { ControlDescription, ControlOption, PageDescription } from '../prefill/types';

// The page's field description as it travels on the agent's line to the panel: JSON text without the controls' empty
// values (false, null, '' and []) and without their sections, each its block's title. A 2,000-field card is
// 40 % less text than the whole description; text, not objects, because the agent makes it anyway for its digest of
// the last description (utils/agent/describe-fields.ts), so the page makes it once instead of cloning the objects and
// making the text too, and the panel parses it (~1 ms) instead of rebuilding cloned objects (~7 ms; Chromium, the same
// card). The panel puts everything back here; an optional value left out (a list's empty chosen text, a dropdown one
// cannot type into, no month options) comes back absent, which the plan reads the same.

/**
 * Leaves out, in place, each control's section and what is empty among its values and hints: they become undefined,
 * which JSON leaves out at its own speed (a replacer function would double the time of making the text).
 */
export function leanFields(description: PageDescription): PageDescription {
  for (const control of description.controls) {
    const values = [control, control.hints] as unknown as Record<string, { length?: number } | undefined>[];
    values[1].section = undefined;
    for (const o of values)
      for (const k in o)
        if ((o[k] as unknown) === false || o[k] == null || o[k].length === 0) o[k] = undefined;
  }
  return description;
}

type Plain = Record<string, unknown>;

const refused = (): never => {
  throw new Error('Описание полей страницы не распознано');
};

const isRecord = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A list of records; a list left out was empty. */
function records(v: unknown): Plain[] {
  if (v === undefined) return [];
  return Array.isArray(v) && v.every(isRecord) ? v : refused();
}

/** What a control left out was: each value its emptiness (an optional one, absent, is left absent). */
const CONTROL_DEFAULTS: Plain = {
  ref: '',
  kind: 'text',
  inputType: '',
  maxLength: null,
  pattern: '',
  mask: '',
  group: 0,
  block: 0,
  searchLike: false,
};
const HINT_DEFAULTS: Plain = { label: '', name: '', id: '', placeholder: '', title: '' };
const OPTION_DEFAULTS: Plain = { value: '', text: '' };

/** Puts the defaults into what JSON.parse has just made (no copies: a 2,000-field card is read in the panel's turn). */
function withDefaults(o: Plain, defaults: Plain): Plain {
  for (const k in defaults) if (o[k] === undefined) o[k] = defaults[k];
  return o;
}

const options = (v: unknown): ControlOption[] =>
  records(v).map((o) => withDefaults(o, OPTION_DEFAULTS) as unknown as ControlOption);

/** The panel's reading of the text that came on the agent's line, with what was left out put back; else refused. */
export function readFieldsSnapshot(text: unknown): PageDescription {
  let value: unknown;
  try {
    value = typeof text === 'string' ? JSON.parse(text) : undefined;
  } catch {
    refused();
  }
  if (!isRecord(value)) return refused();
  const blocks = records(value.blocks).map((b) => withDefaults(b, { title: '', group: 0 }));
  const controls = records(value.controls).map((c) => {
    if (c.hints !== undefined && !isRecord(c.hints)) refused();
    withDefaults(c, CONTROL_DEFAULTS);
    const hints = withDefaults((c.hints as Plain | undefined) ?? {}, HINT_DEFAULTS);
    hints.section = blocks[c.block as number]?.title ?? '';
    c.hints = hints;
    c.options = options(c.options);
    if (c.monthOptions !== undefined) c.monthOptions = options(c.monthOptions);
    return c as unknown as ControlDescription;
  });
  return withDefaults(
    { ...value, controls, blocks },
    { url: '', sandboxedFrames: 0 },
  ) as unknown as PageDescription;
}
