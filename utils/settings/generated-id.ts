// Ids that frameworks generate and change between builds or page loads (ExtJS, JSF, MUI, React's useId, hashes).
// Kept apart from selector.ts so that code running in the page (the field picker) does not carry the CSS parser.

const GENERATED_ID = /\d{3,}|^(ext-gen|ext-comp|j_idt|mui-|react-|rc_|:r)|[0-9a-f]{8,}/i;

/** Whether an id (or another attribute value) looks made by a program and may change on the next load. */
export function looksGenerated(value: string): boolean {
  return GENERATED_ID.test(value);
}
