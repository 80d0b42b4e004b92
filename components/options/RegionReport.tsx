import { useRef, useState } from 'preact/hooks';
import { csvFileName, toCsv } from '@/utils/journal/csv';
import { formatRuDate } from '@/utils/journal/dates';
import { CountsTable } from './CountsTable';
import { downloadText } from './download';
import { OfficeChart } from './OfficeChart';
import { OutcomeShares } from './OutcomeShares';
import { type ChosenFile, createRegionModel } from './region-model';
import { SummaryBar } from './SummaryBar';

function FileStatus({ file, onRemove }: { file: ChosenFile; onRemove: () => void }) {
  const ok = file.problems.length === 0;
  const days = new Set(file.rows.map((r) => r.date));
  const dates = [...days].sort();
  return (
    <li class="op-region__file" data-region-file={file.name} data-status={ok ? 'merged' : 'rejected'}>
      <div class="op-region__file-head">
        <span class="op-region__file-name">{file.name}</span>
        <span class={ok ? 'op-muted' : 'op-region__rejected'}>
          {ok
            ? `строк: ${file.rows.length}, дни ${formatRuDate(dates[0])}–${formatRuDate(dates[dates.length - 1])}`
            : 'не учтён'}
        </span>
        <button
          type="button"
          class="kn-button kn-button--link kn-focusable"
          data-action="region-remove-file"
          aria-label={`Убрать файл «${file.name}» из сводки`}
          onClick={onRemove}
        >
          Убрать
        </button>
      </div>
      {!ok && (
        <ul class="op-region__problems">
          {file.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * «Сводный отчёт по отделениям»: offices' CSV exports chosen with a file input, merged into one table per office
 * and day with shares, a chart and an «Итого» row; exported again as CSV. Files are read in this page only.
 */
export function RegionReport() {
  const [model] = useState(createRegionModel);
  const rootRef = useRef<HTMLElement>(null);
  const [busy, setBusy] = useState(false);
  const [lastRead, setLastRead] = useState<string | null>(null);
  const files = model.files.value;
  const merged = model.merged.value;
  const span = model.span.value;

  const onChoose = async (input: HTMLInputElement) => {
    const chosen = [...(input.files ?? [])];
    if (chosen.length === 0) return;
    setBusy(true);
    const read = await model.addFiles(chosen);
    const rejected = read.filter((f) => f.problems.length > 0).length;
    setLastRead(
      `Добавлено файлов: ${read.length - rejected}` +
        (rejected ? `; не учтено: ${rejected} — причины указаны в списке файлов.` : '.'),
    );
    setBusy(false);
    input.value = ''; // the same file can be chosen again after it was fixed
  };

  const onDownload = () => {
    const doc = rootRef.current?.ownerDocument;
    if (doc && span)
      downloadText(
        doc,
        csvFileName(span.from, span.to, 'region'),
        toCsv(merged.rows),
        'text/csv;charset=utf-8',
      );
  };

  return (
    <section
      ref={rootRef}
      class="op-report op-region"
      aria-labelledby="op-region-title"
      data-region-report=""
    >
      <h2 id="op-region-title" class="op-h2">
        Сводный отчёт по отделениям
      </h2>
      <p class="op-muted">
        Выберите CSV-файлы, скачанные кнопкой «Скачать CSV» в разных отделениях: они сложатся в одну таблицу
        по офисам и дням. Файлы читаются только в этом браузере и никуда не отправляются.
      </p>
      <div class="op-region__choose">
        <label class="op-field" for="op-region-files">
          CSV-файлы отделений
        </label>
        <input
          id="op-region-files"
          class="kn-focusable"
          type="file"
          name="regionFiles"
          accept=".csv,text/csv"
          multiple
          aria-describedby="op-region-hint"
          onChange={(e) => void onChoose(e.currentTarget)}
        />
        {files.length > 0 && (
          <button
            type="button"
            class="kn-button kn-focusable"
            data-action="region-clear"
            onClick={model.clear}
          >
            Очистить сводку
          </button>
        )}
      </div>
      <p id="op-region-hint" class="op-muted op-region__hint">
        Можно выбрать несколько файлов сразу или добавлять по одному. Подходят и старые выгрузки без столбцов
        офиса: их строки помечаются «офис не указан».
      </p>
      <div class="op-messages" role="status" aria-live="polite" aria-busy={busy}>
        {busy ? <p class="op-muted">Чтение файлов…</p> : lastRead && <p data-region-read="">{lastRead}</p>}
        {merged.notes.map((note) => (
          <p key={note} class="op-warning" data-region-note="">
            {note}
          </p>
        ))}
      </div>
      {files.length > 0 && (
        <ul class="op-region__files" aria-label="Выбранные файлы">
          {files.map((file) => (
            <FileStatus key={file.id} file={file} onRemove={() => model.removeFile(file.id)} />
          ))}
        </ul>
      )}
      {merged.rows.length > 0 && span && (
        <>
          <SummaryBar
            total={merged.sum.total}
            caption={`итогов, офисов: ${merged.offices.length}, ${formatRuDate(span.from)}–${formatRuDate(span.to)}`}
            totalAttribute="data-region-total"
            action="download-region-csv"
            buttonText="Скачать сводный CSV"
            onDownload={onDownload}
          />
          <OutcomeShares sum={merged.sum} title="Доля итогов по всем выбранным отделениям" />
          <OfficeChart offices={merged.offices} />
          <CountsTable
            rows={merged.rows}
            sum={merged.sum}
            caption="Сводная таблица по офисам и дням"
            withOffice
          />
        </>
      )}
    </section>
  );
}
