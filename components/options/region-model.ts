import { computed, type ReadonlySignal, signal } from '@preact/signals';
import { type ImportedRow, importReportCsv } from '@/utils/journal/csv-import';
import { decodeCsvBytes } from '@/utils/journal/csv-read';
import { mergeRegion, type RegionMerge } from '@/utils/journal/region';

/** What the file input gives: a File, or anything with its name, size and bytes (tests). */
export interface ChosenFileSource {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface ChosenFile {
  id: number;
  name: string;
  /** Rows read from the file; empty when it was rejected. */
  rows: ImportedRow[];
  /** Russian reasons the file was not merged (file and line named); empty when it was. */
  problems: string[];
}

export interface RegionModel {
  files: ReadonlySignal<ChosenFile[]>;
  merged: ReadonlySignal<RegionMerge>;
  /** First and last day of the merged table, for the export's name. */
  span: ReadonlySignal<{ from: string; to: string } | null>;
  /** Reads and adds the chosen files; a bad file is listed with its problems and changes nothing else. */
  addFiles(sources: Iterable<ChosenFileSource>): Promise<ChosenFile[]>;
  removeFile(id: number): void;
  clear(): void;
}

/** Far more than years of forty offices' exports; a bigger file is not a report. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

async function readChosen(id: number, source: ChosenFileSource): Promise<ChosenFile> {
  const base = { id, name: source.name, rows: [] };
  if (source.size > MAX_FILE_BYTES) {
    const mb = (source.size / 1024 / 1024).toFixed(1);
    return { ...base, problems: [`Файл «${source.name}» слишком большой (${mb} МБ) для выгрузки отчёта.`] };
  }
  try {
    const text = decodeCsvBytes(new Uint8Array(await source.arrayBuffer()));
    const { rows, problems } = importReportCsv(source.name, text);
    return { ...base, rows, problems };
  } catch {
    return { ...base, problems: [`Файл «${source.name}» не удалось прочитать. Выберите его ещё раз.`] };
  }
}

/** The region-wide merge of offices' CSV exports, kept in this page only (nothing is stored or sent). */
export function createRegionModel(): RegionModel {
  const files = signal<ChosenFile[]>([]);
  let nextId = 1;
  const merged = computed(() =>
    mergeRegion(
      files.value.filter((f) => f.problems.length === 0).map(({ id, name, rows }) => ({ id, name, rows })),
    ),
  );
  return {
    files,
    merged,
    span: computed(() => {
      const rows = merged.value.rows;
      return rows.length ? { from: rows[0].date, to: rows[rows.length - 1].date } : null;
    }),
    async addFiles(sources) {
      const read = await Promise.all([...sources].map((source) => readChosen(nextId++, source)));
      files.value = [...files.value, ...read];
      return read;
    },
    removeFile(id) {
      files.value = files.value.filter((f) => f.id !== id);
    },
    clear() {
      files.value = [];
    },
  };
}
