import type { ControlHints } from '../fields/describe';
import type {
  BlockDescription,
  ControlDescription,
  ControlOption,
  FormGroup,
  PageDescription,
} from '../prefill/types';

// The page's field description as it travels from the agent to the panel: the JSON without what the panel can put
// back itself — each control's `ref` (its place in the list), its section when it is its block's title (always, as
// collect builds them), its input type when it is its kind, and empty strings, nulls, `false` and empty lists. A
// 2,000-field card then crosses at under half of its plain JSON: less to stringify, encode and compress in the page,
// less to unpack and parse in the panel. The writer is a few bytes in the page agent; the reader puts every default
// back, so the panel reads exactly what collect described.

/** The description as compact JSON (the page agent's side). */
export function fieldsToWire(description: PageDescription): string {
  // Copies without what the panel puts back, serialised without a replacer: a replacer is called with every array
  // index turned into a string, and V8 keeps decimal conversions in a table that grows to 64 KB in the page's heap
  // once a few hundred collide.
  return JSON.stringify({
    ...kept(description, (key) => key !== 'controls' && undefined),
    controls: description.controls.map((control) => ({
      ...kept(control, (key, value) =>
        key === 'inputType' ? value !== control.kind : key !== 'ref' && key !== 'hints' && undefined,
      ),
      hints: kept(control.hints, (key, value) =>
        key === 'section' ? value !== description.blocks[control.block]?.title : undefined,
      ),
    })),
  });
}

/**
 * A copy without empty strings, nulls, `false` and empty lists (the objects of its lists copied the same way);
 * `rule` may decide a key instead: true keeps it as it is, false leaves it out.
 */
function kept(
  value: object,
  rule?: (key: string, value: unknown) => boolean | undefined,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const decided = rule?.(key, v);
    if (decided ?? !(v === null || v === false || v?.length === 0))
      out[key] = decided || !Array.isArray(v) ? v : v.map((x) => kept(x));
  }
  return out;
}

type WireOption = Partial<ControlOption>;
type WireControl = Partial<Omit<ControlDescription, 'hints' | 'options' | 'monthOptions'>> & {
  hints?: Partial<ControlHints>;
  options?: WireOption[];
  monthOptions?: WireOption[];
};
/** What the wire holds: any field may be left out. */
export interface WireDescription {
  url?: string;
  controls?: WireControl[];
  groups?: Partial<FormGroup>[];
  blocks?: Partial<BlockDescription>[];
  sandboxedFrames?: number;
}

/** Every default put back: the description exactly as collect made it (the panel's side). */
export function fieldsFromWire(value: WireDescription): PageDescription {
  const blocks = (value.blocks ?? []).map((b) => ({ title: '', group: 0, ...b }));
  const controls = (value.controls ?? []).map((c, i): ControlDescription => {
    const kind = c.kind as ControlDescription['kind'];
    const block = c.block ?? 0;
    const control: ControlDescription = {
      inputType: kind,
      maxLength: null,
      pattern: '',
      mask: '',
      ...(c as Partial<ControlDescription>),
      ref: `f${i}`,
      kind,
      hints: {
        label: '',
        section: blocks[block]?.title ?? '',
        name: '',
        id: '',
        placeholder: '',
        title: '',
        ...c.hints,
      },
      options: (c.options ?? []).map(option),
      group: c.group ?? 0,
      block,
      searchLike: c.searchLike ?? false,
    };
    // What collect always sets for these kinds, empty or not.
    if (kind === 'select' || kind === 'combobox') control.selectedText ??= '';
    if (kind === 'combobox') control.editable ??= false;
    if (kind === 'split-date') control.monthOptions = (c.monthOptions ?? []).map(option);
    return control;
  });
  return {
    url: value.url ?? '',
    controls,
    groups: (value.groups ?? []).map((g) => ({ label: '', ...g })),
    blocks,
    sandboxedFrames: value.sandboxedFrames ?? 0,
  };
}

function option(o: WireOption): ControlOption {
  return { value: o.value ?? '', text: o.text ?? '' };
}
