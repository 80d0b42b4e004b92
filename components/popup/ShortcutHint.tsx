import { useEffect, useState } from 'preact/hooks';
import { Disclosure } from '@/components/shared/Disclosure';
import { russianKeyOf, SHORTCUT_SETTINGS_HELP, shortcutKeys } from '@/utils/shortcut';

export interface ShortcutHintProps {
  /** The shortcut the browser has now (commands.getAll), null when none is set. */
  read: () => Promise<string | null>;
  /** Opens the browser's shortcut settings. */
  onChange: () => void;
}

/** «Панель на странице»: the keyboard shortcut that shows and hides the panel, read from the browser, and how to change it. */
export function ShortcutHint({ read, onChange }: ShortcutHintProps) {
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    read().then(
      (value) => live && setShortcut(value),
      () => live && setShortcut(null),
    );
    return () => {
      live = false;
    };
  }, [read]);
  const keys = shortcut ? shortcutKeys(shortcut) : [];
  const cyrillic = russianKeyOf(keys[keys.length - 1] ?? '');
  return (
    <section class="pp-section pp-shortcut" aria-labelledby="pp-shortcut-title">
      <h2 id="pp-shortcut-title" class="pp-section__title">
        Панель на странице
      </h2>
      {shortcut === undefined ? null : shortcut ? (
        <p data-shortcut={shortcut}>
          Показать или скрыть панель:{' '}
          {keys.map((key, i) => (
            <span key={key}>
              {i > 0 ? '+' : null}
              <kbd>{key}</kbd>
            </span>
          ))}
          {cyrillic ? <span class="pp-muted"> (клавиша с буквой «{cyrillic}»)</span> : null}
        </p>
      ) : (
        <p data-shortcut="">Сочетание клавиш для панели не назначено.</p>
      )}
      <Disclosure summary="Как изменить сочетание клавиш">
        <ul class="pp-actions">
          {SHORTCUT_SETTINGS_HELP.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <button type="button" class="kn-button" data-action="change-shortcut" onClick={onChange}>
          Открыть настройки сочетаний
        </button>
      </Disclosure>
    </section>
  );
}
