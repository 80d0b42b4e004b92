// Reading CSV text back into cells, for the region-wide report. Small on purpose: the files are the report's own
// format, and the reader must name the physical line of every record so a person can find a mistake in Excel.

export interface CsvRecord {
  /** 1-based physical line the record starts on. */
  line: number;
  cells: string[];
}

export interface CsvText {
  records: CsvRecord[];
  /** Line of a quote left open until the end of the text, if any. */
  unclosedQuoteAt: number | null;
}

/** Bytes of a file → text: UTF-8 (the export's own, BOM removed) or, when not valid UTF-8, Windows-1251 (Excel). */
export function decodeCsvBytes(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1251').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

/** Binary content (a spreadsheet, an archive, an image) rather than text. */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, 4096);
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code < 9 || (code > 13 && code < 27)) return true; // control characters no text file holds
  }
  return false;
}

/** «;» as the export writes it; a header without «;» but with tabs or commas was re-saved with that separator. */
export function detectSeparator(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  if (header.includes(';')) return ';';
  if (header.includes('\t')) return '\t';
  return header.includes(',') ? ',' : ';';
}

/** Splits text into records: quoted cells may hold the separator, doubled quotes and line breaks. */
export function readCsv(text: string, separator: string = detectSeparator(text)): CsvText {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
    } else if (ch === separator) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      records.push({ line: recordLine, cells });
      cells = [];
      cell = '';
      line++;
      recordLine = line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length) {
    cells.push(cell);
    records.push({ line: recordLine, cells });
  }
  return { records, unclosedQuoteAt: quoted ? quoteLine : null };
}
