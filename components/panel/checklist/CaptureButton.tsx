import { useRef } from 'preact/hooks';
import { FIELD_KEYS } from '@/utils/checklist/keys';
import { pluralFields } from './fields';
import type { CaptureNotice, ChecklistModel } from './model';

// «Заполнить чек-лист со страницы»: rendered by the panel's toolbar on every configured page. The result is said next to
// the button, so it is visible whichever view the panel shows.

export interface CaptureButtonProps {
  model: ChecklistModel;
  /** Called after data was captured and saved; the panel switches to the checklist. */
  onCaptured?: (notice: Extract<CaptureNotice, { kind: 'captured' }>) => void;
}

export function CaptureButton({ model, onCaptured }: CaptureButtonProps) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const onClick = async () => {
    const notice = await model.capture();
    if (notice.kind === 'captured') onCaptured?.(notice);
  };
  return (
    <div class="kn-capture">
      <button
        type="button"
        class="kn-button"
        ref={buttonRef}
        data-action="capture"
        disabled={model.capturing.value}
        onClick={() => void onClick()}
      >
        Заполнить чек-лист со страницы
      </button>
      <div class="kn-capture__notice" role="status" data-capture-notice="">
        <CaptureNoticeText model={model} onRestore={() => buttonRef.current?.focus()} />
      </div>
    </div>
  );
}

function CaptureNoticeText({ model, onRestore }: { model: ChecklistModel; onRestore: () => void }) {
  const notice = model.captureNotice.value;
  if (!notice) return null;
  if (notice.kind === 'nothing') {
    return (
      <p class="kn-capture__text">
        На этой странице данные гражданина не найдены. Откройте его карточку или введите данные в чек-лист
        вручную.
      </p>
    );
  }
  if (notice.kind === 'error')
    return <p class="kn-capture__text kn-capture__text--error">{notice.message}</p>;
  const errors = model.errors.value;
  const problems = FIELD_KEYS.filter((k) => errors[k]).length;
  const restorable = model.restorable.value?.reason === 'replaced';
  return (
    <>
      {notice.replaced ? (
        <p class="kn-capture__text kn-capture__text--replaced">
          На странице другой гражданин — чек-лист заменён.{' '}
          {restorable ? (
            <button
              type="button"
              class="kn-button kn-button--link"
              data-action="restore-checklist"
              onClick={() => {
                onRestore(); // «Вернуть» disappears: keep the keyboard on the capture button
                void model.restore();
              }}
            >
              Вернуть
            </button>
          ) : null}
        </p>
      ) : null}
      <p class="kn-capture__text">
        Считано: {pluralFields(notice.count)}.
        {problems > 0
          ? ` Не заполнено или с ошибкой: ${pluralFields(problems)} — они отмечены в чек-листе.`
          : ' Все поля чек-листа заполнены.'}
      </p>
    </>
  );
}
