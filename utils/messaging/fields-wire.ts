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
  let control: ControlDescription | undefined;
  return JSON.stringify(description, (key, value) => {
    if (value?.hints) control = value;
    const known =
      key === 'inputType'
        ? value === control?.kind
        : key === 'section'
          ? value === description.blocks[control?.block as number]?.title
          : key === 'ref' || value === null || value === false || value?.length === 0; // '' too
    return known ? undefined : value;
  });
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
