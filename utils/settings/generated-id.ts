// Ids that frameworks generate and change between builds or page loads (ExtJS, JSF, MUI, React's useId, Element,
// Angular Material, Ember, headless widget kits, hashes and UUIDs). Kept apart from selector.ts so that code running
// in the page (the field picker, the prefill) does not carry the CSS parser.

const GENERATED_ID =
  /\d{3,}|[0-9a-f]{8,}|^:|:r\w*:|^(?:ext-gen|ext-comp|j_idt|mui|react-|rc[_-]|el-id|select2|mat-|cdk-|ember|headlessui|radix|downshift|choices-|tippy|v-|input-\d|field-\d|id\d)/i;

/** Whether an id (or another attribute value) looks made by a program and may change on the next load. */
export function looksGenerated(value: string): boolean {
  return GENERATED_ID.test(value);
}
