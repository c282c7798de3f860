import { parse } from 'csv-parse/sync';

export interface RosterRow {
  line: number;
  email: string;
  fullName: string;
  unitCode: string;
  role: string;
}

/** A roster column, as a row error names it. */
export type RosterColumn = keyof Omit<RosterRow, 'line'>;

export interface RosterParseResult {
  rows: RosterRow[];
  /** No column: the line as a whole is malformed. */
  errors: { line: number; column?: RosterColumn; reason: string }[];
}

export class RosterFormatError extends Error {}

const COLUMNS: Record<string, RosterColumn> = {
  email: 'email',
  fullname: 'fullName',
  full_name: 'fullName',
  unitcode: 'unitCode',
  unit_code: 'unitCode',
  role: 'role',
};

/**
 * Reads a roster CSV: a header row naming email, fullName and optionally unitCode
 * and role (any letter case), separated by `;` (Excel in Polish locales) or `,`,
 * UTF-8 with or without BOM. Rows with the wrong number of fields are reported by
 * line instead of failing the whole file.
 */
export function parseRoster(text: string): RosterParseResult {
  const content = text.replace(/^\uFEFF/, '');
  // The header is the first non-blank line: blank lines are skipped below, so skip them here too.
  const headerLine = content.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const delimiter = count(headerLine, ';') > count(headerLine, ',') ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(content, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    throw new RosterFormatError(`The file is not valid CSV: ${(error as Error).message}`);
  }
  if (records.length === 0) throw new RosterFormatError('The file is empty');

  const header = records[0].record.map((h) => COLUMNS[h.toLowerCase().replace(/\s+/g, '')]);
  for (const required of ['email', 'fullName'] as const) {
    if (!header.includes(required)) {
      throw new RosterFormatError(`The header row must name the column "${required}" (columns: email, fullName, unitCode, role)`);
    }
  }

  const rows: RosterRow[] = [];
  const errors: { line: number; reason: string }[] = [];
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    if (record.length !== header.length) {
      errors.push({ line, reason: `expected ${header.length} fields, found ${record.length}` });
      continue;
    }
    const row: RosterRow = { line, email: '', fullName: '', unitCode: '', role: '' };
    header.forEach((column, i) => {
      if (column) row[column] = record[i];
    });
    rows.push(row);
  }
  return { rows, errors };
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
