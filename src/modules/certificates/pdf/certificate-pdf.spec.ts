import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  competencyLabel,
  formatPolishDate,
  renderCertificatePdf,
  type CertificatePdfData,
} from './certificate-pdf';

/**
 * Checks the PDF as a reader would: text through pdftotext, fonts through pdffonts, the page
 * through pdfinfo, and the QR code by rasterising the page (pdftoppm) and decoding it (zbarimg).
 * Needs Debian's poppler-utils and zbar-tools; without them the suite fails, naming the package.
 */
const run = promisify(execFile);

const TOOLS: Array<[tool: string, pkg: string]> = [
  ['pdftotext', 'poppler-utils'],
  ['pdfinfo', 'poppler-utils'],
  ['pdffonts', 'poppler-utils'],
  ['pdftoppm', 'poppler-utils'],
  ['zbarimg', 'zbar-tools'],
];

let dir: string;

function onPath(tool: string): boolean {
  return (process.env.PATH ?? '')
    .split(':')
    .filter(Boolean)
    .some((p) => {
      try {
        fs.accessSync(join(p, tool), fs.constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
}

interface Inspected {
  text: string;
  info: string;
  fonts: string;
  qr: string;
}

async function inspect(name: string, pdf: Buffer): Promise<Inspected> {
  const file = join(dir, `${name}.pdf`);
  await writeFile(file, pdf);
  const { stdout: text } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
  const { stdout: info } = await run('pdfinfo', ['-enc', 'UTF-8', file]);
  const { stdout: fonts } = await run('pdffonts', [file]);
  const png = join(dir, name);
  await run('pdftoppm', ['-r', '150', '-png', '-f', '1', '-l', '1', '-singlefile', file, png]);
  const { stdout: qr } = await run('zbarimg', ['--raw', '-q', `${png}.png`]);
  return { text, info, fonts, qr: qr.replace(/\n$/, '') };
}

/** pdftotext's word boxes of a PDF written by inspect(), without the header that names the file. */
async function wordBoxes(name: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-bbox', '-enc', 'UTF-8', join(dir, `${name}.pdf`), '-']);
  return stdout.split('\n').filter((l) => l.includes('<word '));
}

const base: CertificatePdfData = {
  holderName: 'Łukasz Żółć',
  courseTitle: {
    pl: 'Komunikacja międzykulturowa w pracy Policji',
    en: 'Intercultural communication in police work',
  },
  institutionName: 'Komenda Miejska Policji w Krakowie',
  issuedAt: new Date('2026-11-25T10:00:00Z'),
  expiresAt: new Date('2028-11-25T10:00:00Z'),
  number: 'MOS-2026-000123',
  competencies: ['komunikacja', 'prawa-czlowieka', 'status-prawny', 'nowy-temat'],
  verifyUrl: 'https://mosty.krakow.pl/verify/7f3a9c2e1b4d4e8f9a0b1c2d3e4f5a6b',
};

describe('renderCertificatePdf', () => {
  beforeAll(async () => {
    const missing = TOOLS.filter(([tool]) => !onPath(tool));
    if (missing.length > 0) {
      const packages = [...new Set(missing.map(([, pkg]) => pkg))].join(' ');
      throw new Error(
        `certificate PDF tests need ${missing.map(([tool]) => tool).join(', ')} on PATH: ` +
          `apt-get install -y ${packages} (Debian packages poppler-utils and zbar-tools)`,
      );
    }
    dir = await mkdtemp(join(tmpdir(), 'mosty-cert-pdf-'));
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('prints a Polish name, title, dates, number and competencies on one A4 landscape page with a QR code', async () => {
    const pdf = await renderCertificatePdf(base);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const { text, info, fonts, qr } = await inspect('polish', pdf);
    expect(qr).toBe(base.verifyUrl);

    expect(info).toMatch(/^Page size:\s+841\.89 x 595\.28 pts/m);
    expect(info).toMatch(/^Pages:\s+1$/m);
    expect(info).toMatch(/^Author:\s+Mosty$/m);
    expect(info).toMatch(/^Title:\s+Zaświadczenie MOS-2026-000123: Łukasz Żółć$/m);
    expect(info).toMatch(/^Subject:\s+.*Komunikacja międzykulturowa w pracy Policji/m);

    // DejaVu Sans regular + bold, embedded as subsets; nothing falls back to a standard font.
    expect(fonts).toMatch(/\+DejaVuSans\s.*yes\s+yes\s+yes/);
    expect(fonts).toMatch(/\+DejaVuSans-Bold\s.*yes\s+yes\s+yes/);
    expect(fonts).not.toMatch(/Helvetica/);

    const lines = text.split('\n').map((l) => l.trim());
    expect(lines).toContain('Zaświadczenie / Certificate');
    expect(lines).toContain('Łukasz Żółć');
    expect(lines).toContain('Komunikacja międzykulturowa w pracy Policji');
    expect(lines).toContain('Intercultural communication in police work');
    expect(lines).toContain('Komenda Miejska Policji w Krakowie');
    expect(lines).toContain('Data wydania');
    expect(lines).toContain('25.11.2026');
    expect(lines).toContain('Ważne do');
    expect(lines).toContain('25.11.2028');
    expect(lines).toContain('MOS-2026-000123');
    expect(lines).toContain(base.verifyUrl);
    expect(lines).toContain('Sprawdź autentyczność: zeskanuj kod QR');
    expect(text).not.toContain('Bezterminowo');

    // Labels joined on one line; pdftotext may render the wide separator spacing either way.
    const competencies = text.replace(/\s+/g, ' ');
    expect(competencies).toContain('Komunikacja międzykulturowa · Prawa człowieka · Status prawny cudzoziemców · nowy-temat');
  });

  it('prints every Polish diacritic and Cyrillic, and "Bezterminowo" without an expiry date', async () => {
    const data: CertificatePdfData = {
      holderName: 'Оксана Мельник',
      courseTitle: { pl: 'Zażółć gęślą jaźń: ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ' },
      institutionName: null,
      issuedAt: new Date('2026-01-05T09:00:00Z'),
      expiresAt: null,
      number: 'MOS-2026-000124',
      competencies: ['tlumacz', 'bezpieczenstwo', 'antydyskryminacja'],
      verifyUrl: 'https://mosty.krakow.pl/verify/Zm9vYmFy-_0?lang=uk#qr',
    };
    const { text, info, qr } = await inspect('cyrillic', await renderCertificatePdf(data));
    expect(qr).toBe(data.verifyUrl);
    expect(info).toMatch(/^Page size:\s+841\.89 x 595\.28 pts/m);
    expect(info).toMatch(/^Pages:\s+1$/m);

    const lines = text.split('\n').map((l) => l.trim());
    expect(lines).toContain('Оксана Мельник');
    expect(lines).toContain('Zażółć gęślą jaźń: ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ');
    expect(lines).toContain('Bezterminowo');
    expect(lines).toContain('05.01.2026');
    expect(lines).toContain('MOS-2026-000124');
    expect(text).not.toContain('Ważne do');
    expect(text.replace(/\s+/g, ' ')).toContain('Praca z tłumaczem · Bezpieczeństwo · Antydyskryminacja');
  });

  it('keeps overlong content on one page and the QR code readable', async () => {
    const data: CertificatePdfData = {
      ...base,
      holderName: 'Aleksandra Małgorzata Wiśniewska-Grzegorzewska-Szczepańska-Brzęczyszczykiewicz von Żółtowska',
      courseTitle: { pl: 'Bardzo długi tytuł szkolenia '.repeat(40), en: 'A very long course title '.repeat(40) },
      institutionName: 'Instytucja o bardzo\ndługiej nazwie\t'.repeat(10),
      competencies: Array.from({ length: 40 }, (_, i) => (i % 2 ? 'prawa-czlowieka' : `temat-${i}-${'x'.repeat(i)}`)),
      verifyUrl: `https://mosty.krakow.pl/verify/${'0123456789abcdef'.repeat(10)}`,
    };
    const { text, info, qr } = await inspect('overlong', await renderCertificatePdf(data));
    expect(info).toMatch(/^Pages:\s+1$/m);
    expect(qr).toBe(data.verifyUrl);
    // The name is never cut: it takes two lines; the titles and the institution end in "…".
    expect(text.replace(/\s+/g, ' ')).toContain(data.holderName);
    expect(text).toContain('Bardzo długi tytuł szkolenia Bardzo');
    expect(text).toContain('Instytucja o bardzo długiej nazwie Instytucja');
    expect(text).toContain('…');
    expect(text).toContain('… (+');
    expect(text).toContain('MOS-2026-000123');
  });

  it('prints the same text whatever the process rendered before (the parsed fonts are shared)', async () => {
    // Composite glyphs such as Ą (A + ogonek) make the subsetter create the plain "A" glyph
    // without code points; a later document must still map its "A" back to the letter.
    const first: CertificatePdfData = {
      ...base,
      holderName: 'ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż Ёё Її Йй',
      courseTitle: { pl: 'ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż ÀÁÂÃÄÅ àáâãäå', en: 'ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż' },
    };
    const later: CertificatePdfData = {
      ...base,
      holderName: 'Aleksandra Cieślak-Żurawska',
      courseTitle: { pl: 'Antydyskryminacja: ACELNOSZZ acelnoszz', en: 'Anti-discrimination' },
    };
    let fresh!: typeof import('./certificate-pdf');
    jest.isolateModules(() => {
      fresh = jest.requireActual<typeof import('./certificate-pdf')>('./certificate-pdf');
    });
    const expected = await inspect('later-fresh', await fresh.renderCertificatePdf(later));

    await renderCertificatePdf(first);
    const { text } = await inspect('later-shared', await renderCertificatePdf(later));
    expect(text).toBe(expected.text);
    // Same words at the same places: glyph widths and kerning are not changed by the sharing.
    expect(await wordBoxes('later-shared')).toEqual(await wordBoxes('later-fresh'));
    expect(text.split('\n')).toContain('Aleksandra Cieślak-Żurawska');
    expect(text.split('\n')).toContain('Antydyskryminacja: ACELNOSZZ acelnoszz');
  });

  it('renders byte for byte what a fresh process renders, whatever it rendered before (layouts and outlines are reused)', async () => {
    // The creation time (in the info dictionary and the XMP metadata) and the file ID derived from it differ.
    const timeless = (pdf: Buffer) =>
      pdf
        .toString('latin1')
        .replace(/\(D:\d+Z\)/g, '(D:)')
        .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/g, '')
        .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/, '/ID []');
    const later: CertificatePdfData = { ...base, holderName: 'Ąna Żółć-Kowalska', courseTitle: { pl: 'Zażółć gęślą jaźń', en: 'Course' } };
    let fresh!: typeof import('./certificate-pdf');
    jest.isolateModules(() => {
      fresh = jest.requireActual<typeof import('./certificate-pdf')>('./certificate-pdf');
    });
    const expected = timeless(await fresh.renderCertificatePdf(later));

    for (const holderName of ['Łukasz Żółć', 'Оксана Мельник', 'ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż', 'Ąna Żółć-Kowalska']) {
      await renderCertificatePdf({ ...base, holderName, courseTitle: { pl: `Zażółć gęślą jaźń: ${holderName}` } });
    }
    expect(timeless(await renderCertificatePdf(later))).toBe(expected);
    expect(timeless(await renderCertificatePdf(later))).toBe(expected);
  });

  it('rejects when the verify URL is too long for a QR code', async () => {
    await expect(renderCertificatePdf({ ...base, verifyUrl: `https://x/${'a'.repeat(5000)}` })).rejects.toThrow();
  });

  it('reads the font files once per process', async () => {
    const spy = jest.spyOn(fs, 'readFileSync');
    try {
      let isolated!: typeof import('./certificate-pdf');
      jest.isolateModules(() => {
        isolated = jest.requireActual<typeof import('./certificate-pdf')>('./certificate-pdf');
      });
      await isolated.renderCertificatePdf(base);
      await isolated.renderCertificatePdf({ ...base, holderName: 'Андрій Шевченко' });
      await isolated.renderCertificatePdf(base);
      const fontReads = spy.mock.calls.filter(([path]) => /DejaVuSans(-Bold)?\.ttf$/.test(String(path)));
      expect(fontReads.map(([path]) => String(path).replace(/^.*\//, '')).sort()).toEqual([
        'DejaVuSans-Bold.ttf',
        'DejaVuSans.ttf',
      ]);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('certificate text helpers', () => {
  it('labels the known competency tags in Polish and leaves unknown slugs as they are', () => {
    expect(competencyLabel('komunikacja')).toBe('Komunikacja międzykulturowa');
    expect(competencyLabel('tlumacz')).toBe('Praca z tłumaczem');
    expect(competencyLabel('antydyskryminacja')).toBe('Antydyskryminacja');
    expect(competencyLabel('prawa-czlowieka')).toBe('Prawa człowieka');
    expect(competencyLabel('status-prawny')).toBe('Status prawny cudzoziemców');
    expect(competencyLabel('bezpieczenstwo')).toBe('Bezpieczeństwo');
    expect(competencyLabel('nowy-temat')).toBe('nowy-temat');
    expect(competencyLabel('toString')).toBe('toString');
  });

  it('formats dates as DD.MM.YYYY in Kraków time', () => {
    expect(formatPolishDate(new Date('2026-11-25T10:00:00Z'))).toBe('25.11.2026');
    expect(formatPolishDate(new Date('2026-01-05T10:00:00Z'))).toBe('05.01.2026');
    // 23:30 UTC is already the next day in Kraków (CET, UTC+1).
    expect(formatPolishDate(new Date('2026-11-25T23:30:00Z'))).toBe('26.11.2026');
  });
});
