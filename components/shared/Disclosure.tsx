import type { ComponentChildren } from 'preact';

export interface DisclosureProps {
  summary: ComponentChildren;
  children: ComponentChildren;
  open?: boolean;
  class?: string;
  /** Extra attributes for tests and automation, e.g. { 'data-step': 'offer' }. */
  data?: Record<`data-${string}`, string>;
}

/** Native <details>/<summary>: keyboard operable and announced as expandable without any script. */
export function Disclosure({ summary, children, open, class: cls, data }: DisclosureProps) {
  return (
    <details class={`kn-disclosure ${cls ?? ''}`.trim()} open={open} {...data}>
      <summary class="kn-disclosure__summary">{summary}</summary>
      <div class="kn-disclosure__body">{children}</div>
    </details>
  );
}
