import { parse } from 'csv-parse/sync';
import { exportsApi, xlsxRows } from './support/exports';
import { buildReportWorld, ReportWorld } from './support/report-world';
import { TestApp } from './support/test-app';

/**
 * The competencies and transcripts exports of institution A in the hand-counted world
 * of support/report-world.ts, where o1 (unit U1) answered all of C1's quiz right and
 * o2 (U2) only q2 (1 point of 4).
 */
describe('competencies and transcripts exports of graded, tagged attempts', () => {
  let t: TestApp;
  let w: ReportWorld;
  const { post, download, finished } = exportsApi(() => t);

  beforeAll(async () => {
    t = await TestApp.start({ worker: true });
    w = await buildReportWorld(t);
  }, 120_000);
  afterAll(() => t?.close());

  /** Requests the export as A's coordinator (Polish), waits until it is ready, and returns the file. */
  const exported = async (body: object, rows: number): Promise<Buffer> => {
    const queued = await post(w.a.coordinator.token, { institutionId: w.a.id, ...body }).expect(202);
    expect(await finished(w.a.coordinator.token, queued.body.id)).toMatchObject({ status: 'ready', rows });
    return (await download(w.a.coordinator.token, queued.body.id).expect(200)).body;
  };
  const csv = (file: Buffer, delimiter = ',') => parse(file.toString('utf8').slice(1), { delimiter }) as string[][];

  const COMPETENCIES_HEADER = ['Kompetencja', 'Jednostka', 'Udzielone odpowiedzi', 'Średni udział punktów', 'Odsetek zaliczonych'];
  // Per tag and unit, weakest first: komunikacja is q1 (2 points) and q2 (1), prawa-czlowieka q2 and q3 (1 each).
  // o2 scored q2 only: 1 of 3 points of komunikacja and 1 of 2 of prawa-czlowieka, one of two questions passed in each.
  const COMPETENCIES = [
    ['komunikacja', 'Komisariat Nowa Huta', 2, 0.3333, 0.5],
    ['prawa-czlowieka', 'Komisariat Nowa Huta', 2, 0.5, 0.5],
    ['komunikacja', 'Jednostka RPA', 2, 1, 1],
    ['prawa-czlowieka', 'Jednostka RPA', 2, 1, 1],
  ];

  const TRANSCRIPTS_HEADER = ['Funkcjonariusz', 'E-mail', 'Jednostka', 'Kurs', 'Podejście', 'Status', 'Rozpoczęto', 'Oddano', 'Oceniono', 'Wynik (%)', 'Zaliczono'];
  /** One row per attempt, by officer: o2's 25 % fails C1's pass mark of 60 %, o1's 100 % passes. Times in Warsaw time, to the minute. */
  const transcripts = async (): Promise<unknown[][]> => {
    const times: { id: string; started: string; submitted: string; graded: string }[] = await t.dataSource.query(
      `SELECT id, ${['started', 'submitted', 'graded'].map((c) => `to_char(${c}_at AT TIME ZONE 'Europe/Warsaw', 'YYYY-MM-DD HH24:MI') AS ${c}`).join(', ')}
         FROM attempt WHERE id = ANY($1)`,
      [[w.attempts.o1, w.attempts.o2]],
    );
    const at = (id: string) => {
      const { started, submitted, graded } = times.find((r) => r.id === id)!;
      return [started, submitted, graded];
    };
    return [
      ['Grażyna Kowalska', 'o2@rpa.mosty.test', 'Komisariat Nowa Huta', 'Komunikacja z cudzoziemcami', 1, 'graded', ...at(w.attempts.o2), 25, 'false'],
      ['Łukasz Żółć', 'o1@rpa.mosty.test', 'Jednostka RPA', 'Komunikacja z cudzoziemcami', 1, 'graded', ...at(w.attempts.o1), 100, 'true'],
    ];
  };
  const asCsv = (rows: unknown[][], decimal = '.') => rows.map((r) => r.map((c) => (typeof c === 'number' ? String(c).replace('.', decimal) : String(c))));

  it('competencies CSV (`;`, Polish Excel): per tag and unit the questions answered, score share and pass share, weakest first', async () => {
    const rows = csv(await exported({ kind: 'competencies', format: 'csv', separator: ';' }, 4), ';');
    expect(rows).toEqual([COMPETENCIES_HEADER, ...asCsv(COMPETENCIES, ',')]);
  });

  it('transcripts CSV: each attempt with its number, status, times, score and whether it passed', async () => {
    const rows = csv(await exported({ kind: 'transcripts', format: 'csv' }, 2));
    expect(rows).toEqual([TRANSCRIPTS_HEADER, ...asCsv(await transcripts())]);
  });

  it('filters: a unit narrows both kinds to its own officers', async () => {
    expect(csv(await exported({ kind: 'competencies', format: 'csv', filters: { unitId: w.u1 } }, 2)).slice(1)).toEqual(asCsv(COMPETENCIES.slice(2)));
    expect(csv(await exported({ kind: 'transcripts', format: 'csv', filters: { unitId: w.u1 } }, 1)).slice(1)).toEqual(asCsv((await transcripts()).slice(1)));
  });

  it('XLSX read back with exceljs: the same rows, shares and scores as numbers, times as dates', async () => {
    expect(await xlsxRows(await exported({ kind: 'competencies', format: 'xlsx' }, 4))).toEqual([COMPETENCIES_HEADER, ...COMPETENCIES]);
    // A spreadsheet's time has no zone: the Warsaw wall-clock time, stored as if UTC.
    const asDate = (c: unknown) => (typeof c === 'string' && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(c) ? new Date(`${c.replace(' ', 'T')}Z`) : c);
    const rows = await xlsxRows(await exported({ kind: 'transcripts', format: 'xlsx' }, 2));
    // The file keeps the seconds; the expected times are to the minute.
    const toMinute = (c: unknown) => (c instanceof Date ? new Date(Math.floor(c.getTime() / 60_000) * 60_000) : c);
    expect(rows.map((r) => r.map(toMinute))).toEqual([TRANSCRIPTS_HEADER, ...(await transcripts()).map((r) => r.map(asDate))]);
  });
});
