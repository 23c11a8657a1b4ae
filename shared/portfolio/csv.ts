/**
 * CSV as spreadsheet programs read it (RFC 4180 plus what Excel needs):
 * - a UTF-8 byte order mark first: without it Excel on Windows decodes the file in the local code page
 *   and "Łódź" or "Çağrı" arrive garbled. (No "sep=," line: Excel then ignores the BOM.)
 * - CRLF after every record, including the last, as RFC 4180 writes it.
 * - a field is quoted when it holds a comma, a double quote, CR or LF, or starts or ends with a space
 *   (some importers trim unquoted spaces); quotes inside are doubled.
 * - formula injection: a text cell starting with = + - @, a tab or CR is read by Excel, LibreOffice
 *   and Google Sheets as a formula (e.g. a vendor named "=HYPERLINK(...)" or "@SUM(...)" that runs or
 *   leaks data when the file is opened). Such cells get a leading apostrophe, the OWASP advice, so they
 *   show as text. Only text is neutralised: numbers are written by us as numbers, so "-3.5" stays a
 *   number a spreadsheet can sum.
 */
export type CsvCell = string | number | null

export const CSV_BOM = '\uFEFF'
export const CSV_EOL = '\r\n'

const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/

/** A text cell a spreadsheet would run as a formula, made inert with a leading apostrophe. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

export function csvField(cell: CsvCell): string {
  if (cell === null) return ''
  const text = typeof cell === 'number' ? (Number.isFinite(cell) ? String(cell) : '') : neutraliseFormula(cell)
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A whole file: BOM, then one CRLF-terminated record per row. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return CSV_BOM + rows.map((row) => row.map(csvField).join(',') + CSV_EOL).join('')
}
