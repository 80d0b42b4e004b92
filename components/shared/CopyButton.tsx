import { useEffect, useRef, useState } from 'preact/hooks';
import { copyText } from './clipboard';

type CopyState = 'idle' | 'copied' | 'failed';

const MESSAGES: Record<CopyState, string> = {
  idle: '',
  copied: 'Скопировано',
  failed: 'Не удалось скопировать — выделите текст и нажмите Ctrl+C',
};

export interface CopyButtonProps {
  /** The text to copy, or a function that builds it at click time. */
  text: string | (() => string);
  label?: string;
  /** How long the «Скопировано» note stays, ms. */
  noteMs?: number;
  class?: string;
}

/** One-click copy with a polite live-region note; works inside a shadow root (uses the button's own document). */
export function CopyButton({
  text,
  label = 'Скопировать инструкцию',
  noteMs = 4000,
  class: cls,
}: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const onClick = async () => {
    const button = buttonRef.current;
    if (!button) return;
    const value = typeof text === 'function' ? text() : text;
    const ok = await copyText(value, button.ownerDocument, button.parentElement ?? undefined);
    setState(ok ? 'copied' : 'failed');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), noteMs);
  };

  return (
    <span class={`kn-copy ${cls ?? ''}`.trim()}>
      <button
        ref={buttonRef}
        type="button"
        class="kn-button kn-button--primary"
        data-action="copy"
        onClick={onClick}
      >
        {label}
      </button>
      <span
        class={`kn-copy__note kn-copy__note--${state}`}
        role="status"
        aria-live="polite"
        data-copy-note={state}
      >
        {MESSAGES[state]}
      </span>
    </span>
  );
}
