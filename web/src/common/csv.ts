import Papa from 'papaparse';

// Tables export what they show as CSV (RFC 4180, via papaparse), one row per table row.

export interface CsvColumn<Row> {
  header: string;
  value(row: Row): string | number | boolean | null | undefined;
}

/**
 * Cells a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) get a leading
 * apostrophe: exported text, such as a rationale, must never execute when the file is opened.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
}

export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const cell = (value: string | number | boolean | null | undefined) =>
    value === null || value === undefined ? '' : typeof value === 'string' ? neutralizeFormula(value) : String(value);
  // Header and rows as one array of arrays: papaparse writes nothing at all for fields without data.
  const table = [columns.map((column) => column.header), ...rows.map((row) => columns.map((column) => cell(column.value(row))))];
  return Papa.unparse(table, { newline: '\r\n', quotes: false, escapeFormulae: false });
}

/** A file name for an export: words of the subject, lower case, and the day. */
export function exportFileName(subject: string, extension: string, day = new Date().toISOString().slice(0, 10)): string {
  const words = subject
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `crosswalk-${words || 'export'}-${day}.${extension}`;
}
