import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { create as createQr, type BitMatrix } from 'qrcode';

/** Everything printed on a certificate; the caller resolves names, titles and the verify URL. */
export interface CertificatePdfData {
  holderName: string;
  courseTitle: { pl: string; en?: string };
  institutionName: string | null;
  issuedAt: Date;
  expiresAt: Date | null;
  /** Human number, e.g. MOS-2026-000123. */
  number: string;
  /** Competency tag slugs, e.g. 'prawa-czlowieka'; known ones print as Polish labels. */
  competencies: string[];
  /** Public verification URL; the QR code encodes exactly this string. */
  verifyUrl: string;
}

/**
 * Polish labels of the known competency tags; unknown slugs print as they are. The last three
 * entries are the slugs that `slugifyTag` makes of those labels themselves (as a Moodle category
 * "Status prawny cudzoziemców" becomes), so such tags print readably too.
 */
export const COMPETENCY_LABELS: Readonly<Record<string, string>> = Object.freeze({
  komunikacja: 'Komunikacja międzykulturowa',
  tlumacz: 'Praca z tłumaczem',
  antydyskryminacja: 'Antydyskryminacja',
  'prawa-czlowieka': 'Prawa człowieka',
  'status-prawny': 'Status prawny cudzoziemców',
  bezpieczenstwo: 'Bezpieczeństwo',
  'komunikacja-miedzykulturowa': 'Komunikacja międzykulturowa',
  'praca-z-tlumaczem': 'Praca z tłumaczem',
  'status-prawny-cudzoziemcow': 'Status prawny cudzoziemców',
});

export function competencyLabel(slug: string): string {
  return Object.hasOwn(COMPETENCY_LABELS, slug) ? COMPETENCY_LABELS[slug] : slug;
}

const dateFormat = new Intl.DateTimeFormat('pl-PL', {
  timeZone: 'Europe/Warsaw',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** 25.11.2026: the calendar date in Kraków (Europe/Warsaw), not in UTC. */
export function formatPolishDate(date: Date): string {
  return dateFormat.format(date);
}

/**
 * DejaVu Sans (Latin Extended + Cyrillic) from the `dejavu-fonts-ttf` npm package, so a fresh
 * `npm ci` has it and nothing is fetched at run time; pdfkit's built-in Helvetica cannot print
 * ą, ł, ż or Cyrillic. The files are read once per process (per rendering thread), on first use,
 * and parsed once with fontkit (the library pdfkit itself uses): pdfkit takes a parsed font object
 * as a font source and subsets it per document, so no document re-parses 700 KB of font tables.
 * That parse is most of the cost of a certificate otherwise (about 4x slower when measured).
 */
interface CertificateFonts {
  regular: Buffer;
  bold: Buffer;
  parsedRegular: fontkit.Font;
  parsedBold: fontkit.Font;
}
let fontCache: CertificateFonts | null = null;

function fonts(): CertificateFonts {
  if (!fontCache) {
    const regular = readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
    const bold = readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'));
    fontCache = { regular, bold, parsedRegular: parseFont(regular), parsedBold: parseFont(bold) };
  }
  return fontCache;
}

/** Runs kept per font; past this many the cache starts over (names, numbers and URLs never recur; the labels' words are laid out again once). */
const LAYOUT_CACHE_LIMIT = 1000;

function parseFont(buffer: Buffer): fontkit.Font {
  const font = fontkit.create(buffer);
  if (!('layout' in font)) throw new Error('Expected a single TrueType font, got a collection');
  // fontkit caches one Glyph object per glyph id, with the code points of whichever call made it
  // first. Subsetting makes glyphs without code points (the "A" inside the composite "Ą"), so in a
  // font shared between documents a later document's "A" would get an empty ToUnicode entry and
  // vanish from copied or extracted text. Fill the code points in when a caller knows them.
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id: number, codePoints: number[] = []) => {
    const glyph = getGlyph(id, codePoints);
    if (glyph && codePoints.length > 0 && glyph.codePoints.length === 0) glyph.codePoints = codePoints;
    if (glyph) keepOutline(glyph);
    return glyph;
  };
  // Shaping (GSUB/GPOS: kerning, composed letters) is a third of a page's CPU, and most words
  // recur on every certificate. A run depends only on the text here (no features, script or
  // direction are passed), so it is laid out once per thread and each caller gets a copy, since
  // pdfkit scales the positions of the run it is given in place.
  const layout = font.layout.bind(font);
  const runs = new Map<string, fontkit.GlyphRun>();
  font.layout = (text, features, script, language, direction) => {
    if (features || script || language || direction) return layout(text, features, script, language, direction);
    let run = runs.get(text);
    if (!run) {
      if (runs.size >= LAYOUT_CACHE_LIMIT) runs.clear();
      run = layout(text);
      runs.set(text, run);
    }
    return copyOfRun(run);
  };
  return font;
}

/**
 * fontkit decodes a TrueType glyph's outline from the font file again each time it is asked, and
 * subsetting asks for every glyph of every document (to find the parts of composite glyphs): half
 * of embedding a font. In a static (non-variable) font the outline of a glyph id never changes and
 * the subsetter only reads it, so the first decoding is kept on the shared Glyph object.
 */
function keepOutline(glyph: fontkit.Glyph): void {
  const decodable = glyph as unknown as { _decode(): unknown; outlineKept?: true };
  if (decodable.outlineKept) return;
  const decode = decodable._decode.bind(glyph);
  let outline: unknown;
  decodable._decode = () => (outline ??= decode());
  decodable.outlineKept = true;
}

/** A run with its own position objects (the glyphs are shared and only read). */
function copyOfRun(run: fontkit.GlyphRun): fontkit.GlyphRun {
  const positions = run.positions.map((p) => Object.assign(Object.create(Object.getPrototypeOf(p)), p) as fontkit.GlyphPosition);
  return Object.assign(Object.create(Object.getPrototypeOf(run)), run, { positions }) as fontkit.GlyphRun;
}

/** DejaVu Sans regular and bold, parsed once per process, for other PDFs (the transcript) to register. */
export function dejavuFontSources(): { regular: PDFKit.Mixins.PDFFontSource; bold: PDFKit.Mixins.PDFFontSource } {
  const { parsedRegular, parsedBold } = fonts();
  return { regular: asFontSource(parsedRegular), bold: asFontSource(parsedBold) };
}

/** pdfkit accepts a fontkit font where its typings only list paths and buffers. */
function asFontSource(font: fontkit.Font): PDFKit.Mixins.PDFFontSource {
  return font as unknown as PDFKit.Mixins.PDFFontSource;
}

// A4 landscape in points (pdfkit's A4 is 595.28 x 841.89).
const PAGE_W = 841.89;
const PAGE_H = 595.28;
const CENTER_X = PAGE_W / 2;
const CONTENT_W = PAGE_W - 160;
/** The body (name, titles, competencies) ends above this; the footer and QR code start below. */
const BODY_BOTTOM = 405;

const NAVY = '#1f3a5f';
const TEXT = '#222222';
const MUTED = '#5a5f66';
const GOLD = '#a8864f';

const REGULAR = 'DejaVuSans';
const BOLD = 'DejaVuSans-Bold';

type Doc = PDFKit.PDFDocument;
type Align = 'left' | 'center' | 'right';

/**
 * Renders a one-page A4 landscape certificate. Every text block is bounded (long names shrink,
 * long titles end in an ellipsis after two lines), and text is laid out here line by line, never
 * through pdfkit's flowing text, so the document cannot spill onto a second page.
 */
export function renderCertificatePdf(input: CertificatePdfData): Promise<Buffer> {
  const data = printable(input);
  let doc: Doc;
  let qr: BitMatrix;
  try {
    const { parsedRegular, parsedBold } = fonts();
    // Built before the document: a URL that cannot be encoded rejects without a half-made PDF.
    qr = createQr(input.verifyUrl, { errorCorrectionLevel: 'M' }).modules;
    doc = new PDFDocument({
      size: 'A4',
      layout: 'landscape',
      margin: 0,
      // The default font is opened at construction: give it DejaVu, or every document would
      // also carry an unused Helvetica resource. pdfkit accepts a font object here as in font().
      font: asFontSource(parsedRegular) as string,
      pdfVersion: '1.7',
      lang: 'pl-PL',
      displayTitle: true,
      info: {
        Title: `Zaświadczenie ${data.number}: ${data.holderName}`,
        Author: 'Mosty',
        Subject: `Zaświadczenie ukończenia szkolenia „${data.courseTitle.pl}”`,
        Creator: 'Mosty',
        Keywords: `zaświadczenie, certificate, ${data.number}`,
      },
    });
    doc.registerFont(REGULAR, asFontSource(parsedRegular));
    doc.registerFont(BOLD, asFontSource(parsedBold));
  } catch (err) {
    return Promise.reject(err);
  }

  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  try {
    drawFrame(doc);
    drawBody(doc, data);
    drawFooter(doc, data, qr);
    doc.end();
  } catch (err) {
    doc.destroy();
    return Promise.reject(err);
  }
  return done;
}

/** The data with every text on one line: line breaks, tabs and runs of spaces become one space. */
function printable(data: CertificatePdfData): CertificatePdfData {
  const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
  return {
    ...data,
    holderName: clean(data.holderName),
    courseTitle: { pl: clean(data.courseTitle.pl), en: data.courseTitle.en ? clean(data.courseTitle.en) : undefined },
    institutionName: data.institutionName ? clean(data.institutionName) : null,
    number: clean(data.number),
    competencies: data.competencies.map(clean).filter(Boolean),
    verifyUrl: clean(data.verifyUrl),
  };
}

function drawFrame(doc: Doc): void {
  doc.save();
  doc.lineWidth(2).strokeColor(NAVY).rect(22, 22, PAGE_W - 44, PAGE_H - 44).stroke();
  doc.lineWidth(0.75).strokeColor(GOLD).rect(30, 30, PAGE_W - 60, PAGE_H - 60).stroke();
  doc.restore();
}

function drawBody(doc: Doc, data: CertificatePdfData): void {
  line(doc, 'Mosty · szkolenia z kompetencji międzykulturowych · Kraków', CENTER_X, 56, 'center', REGULAR, 9.5, MUTED);
  line(doc, 'Zaświadczenie / Certificate', CENTER_X, 80, 'center', BOLD, 30, NAVY);
  rule(doc, CENTER_X - 60, CENTER_X + 60, 124, 1);
  line(doc, 'Niniejszym zaświadcza się, że / This is to certify that', CENTER_X, 140, 'center', REGULAR, 11, MUTED);

  // The holder's name: one line, as large as fits from 34 pt down to 22 pt; a longer name takes
  // two lines, 20 pt down to 14 pt, in the same height, and only a name longer still ends in "…".
  doc.font(BOLD);
  const oneLineSize = fitSize(doc, data.holderName, 34, 22, CONTENT_W);
  let y: number;
  if (doc.fontSize(oneLineSize).widthOfString(data.holderName) <= CONTENT_W) {
    line(doc, data.holderName, CENTER_X, 164 + (34 - oneLineSize) / 2, 'center', BOLD, oneLineSize, TEXT);
    y = 210;
  } else {
    const split = balancedSplit(doc.fontSize(20), data.holderName);
    const size = split ? Math.max(14, Math.min(20, Math.floor((20 * CONTENT_W * 10) / split.width) / 10)) : 14;
    doc.fontSize(size);
    const lines =
      split && doc.widthOfString(split.lines[0]) <= CONTENT_W && doc.widthOfString(split.lines[1]) <= CONTENT_W
        ? split.lines
        : wrapLines(doc, data.holderName, CONTENT_W, 2);
    const lineHeight = doc.currentLineHeight(true);
    const top = 160 + (48 - lines.length * lineHeight) / 2;
    lines.forEach((text, i) => line(doc, text, CENTER_X, top + i * lineHeight, 'center', BOLD, size, TEXT));
    y = 212;
  }

  if (data.institutionName) {
    y += block(doc, data.institutionName, y, REGULAR, 13, MUTED, 1) + 4;
  } else {
    y += 8;
  }

  y += 10;
  line(doc, 'ukończył(a) szkolenie / has completed the training', CENTER_X, y, 'center', REGULAR, 11, MUTED);
  y += 22;
  y += block(doc, data.courseTitle.pl, y, BOLD, 18, NAVY, 2);
  if (data.courseTitle.en) {
    y += 2 + block(doc, data.courseTitle.en, y + 2, REGULAR, 12.5, MUTED, 2);
  }

  if (data.competencies.length > 0) {
    y += 14;
    line(doc, 'Zakres kompetencji / Competencies', CENTER_X, y, 'center', BOLD, 9.5, MUTED);
    y += 15;
    doc.font(REGULAR).fontSize(11);
    const lineHeight = doc.currentLineHeight(true);
    const room = Math.floor((BODY_BOTTOM - y) / lineHeight);
    const maxLines = Math.max(1, Math.min(3, room));
    for (const text of packLabels(doc, data.competencies.map(competencyLabel), CONTENT_W - 80, maxLines)) {
      line(doc, text, CENTER_X, y, 'center', REGULAR, 11, TEXT);
      y += lineHeight;
    }
  }
}

function drawFooter(doc: Doc, data: CertificatePdfData, qr: BitMatrix): void {
  // Dates and number on the left, in label-over-value columns.
  const left = 70;
  const top = 452;
  rule(doc, left, 560, top - 14, 0.5);
  const columns: Array<[string, string, number]> = [
    ['Data wydania', formatPolishDate(data.issuedAt), 130],
    data.expiresAt ? ['Ważne do', formatPolishDate(data.expiresAt), 130] : ['Ważność', 'Bezterminowo', 130],
    ['Numer zaświadczenia', data.number, 190],
  ];
  let x = left;
  for (const [label, value, width] of columns) {
    line(doc, label, x, top, 'left', REGULAR, 9, MUTED);
    doc.font(BOLD).fontSize(13);
    line(doc, truncateToWidth(doc, value, width - 8), x, top + 14, 'left', BOLD, 13, TEXT);
    x += width;
  }
  line(doc, 'Wydane w programie Mosty dla służb publicznych Krakowa.', left, top + 48, 'left', REGULAR, 8.5, MUTED);

  // The QR code in the bottom-right corner; the URL, small, and the hint right-aligned under it.
  const qrSize = 104;
  const right = PAGE_W - 58;
  const qrTop = 408;
  drawQr(doc, qr, right - qrSize, qrTop, qrSize);

  const urlWidth = 300;
  doc.font(REGULAR);
  let urlSize = 7;
  while (urlSize > 5 && doc.fontSize(urlSize).widthOfString(data.verifyUrl) > urlWidth) urlSize -= 0.5;
  let y = qrTop + qrSize + 5;
  for (const text of wrapLines(doc, data.verifyUrl, urlWidth, 3)) {
    line(doc, text, right, y, 'right', REGULAR, urlSize, MUTED);
    y += doc.currentLineHeight(true);
  }
  line(doc, 'Sprawdź autentyczność: zeskanuj kod QR', right, y + 3, 'right', REGULAR, 8, TEXT);
}

/** The QR matrix as vector rectangles (runs of dark modules), filled as one path: sharp and tiny. */
function drawQr(doc: Doc, modules: BitMatrix, x: number, y: number, size: number): void {
  const n = modules.size;
  const m = size / n;
  doc.save();
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!modules.data[row * n + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && modules.data[row * n + col]) col++;
      doc.rect(x + start * m, y + row * m, (col - start) * m, m);
    }
  }
  doc.fillColor('#000000').fill();
  doc.restore();
}

function rule(doc: Doc, x1: number, x2: number, y: number, width: number): void {
  doc.save().lineWidth(width).strokeColor(GOLD).moveTo(x1, y).lineTo(x2, y).stroke().restore();
}

/**
 * One line of text anchored at `x` (its left end, centre or right end). Drawn without a width,
 * so pdfkit neither wraps it nor adds a page.
 */
function line(doc: Doc, text: string, x: number, y: number, align: Align, font: string, size: number, color: string): void {
  doc.font(font).fontSize(size).fillColor(color);
  const width = align === 'left' ? 0 : doc.widthOfString(text);
  const left = align === 'left' ? x : align === 'center' ? x - width / 2 : x - width;
  doc.text(text, left, y, { lineBreak: false });
}

/** Centered text of at most `maxLines` lines (an ellipsis past that); returns the height used. */
function block(doc: Doc, text: string, y: number, font: string, size: number, color: string, maxLines: number): number {
  doc.font(font).fontSize(size);
  const lineHeight = doc.currentLineHeight(true);
  const lines = wrapLines(doc, text, CONTENT_W, maxLines);
  lines.forEach((text, i) => line(doc, text, CENTER_X, y + i * lineHeight, 'center', font, size, color));
  return lines.length * lineHeight;
}

/**
 * Greedy word wrap in the current font and size: at most `maxLines` lines, the last one cut with
 * "…" when text remains; a word wider than a line (a URL) is broken between characters.
 */
function wrapLines(doc: Doc, text: string, width: number, maxLines: number): string[] {
  const space = doc.widthOfString(' ');
  const lines: string[] = [];
  let current = '';
  let currentWidth = 0;
  for (const token of text.split(/\s+/)) {
    if (!token) continue;
    let word = token;
    let wordWidth = doc.widthOfString(word);
    if (current && currentWidth + space + wordWidth <= width) {
      current += ' ' + word;
      currentWidth += space + wordWidth;
      continue;
    }
    if (current) lines.push(current);
    while (wordWidth > width && lines.length <= maxLines) {
      const cut = fittingPrefix(doc, word, width);
      lines.push(word.slice(0, cut));
      word = word.slice(cut);
      wordWidth = doc.widthOfString(word);
    }
    current = word;
    currentWidth = wordWidth;
    if (lines.length > maxLines) break;
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(doc, kept[maxLines - 1], width);
  return kept;
}

/** The break between words that makes the longer of two lines shortest, in the current font. */
function balancedSplit(doc: Doc, text: string): { lines: [string, string]; width: number } | null {
  const words = text.trim().split(/\s+/);
  let best: { lines: [string, string]; width: number } | null = null;
  for (let i = 1; i < words.length; i++) {
    const lines: [string, string] = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const width = Math.max(doc.widthOfString(lines[0]), doc.widthOfString(lines[1]));
    if (!best || width < best.width) best = { lines, width };
  }
  return best;
}

/** How many leading characters of `text` fit in `width` (at least one). */
function fittingPrefix(doc: Doc, text: string, width: number): number {
  let lo = 1;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (doc.widthOfString(text.slice(0, mid)) <= width) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** `text` followed by "…", shortened as needed so that both fit in `width`. */
function withEllipsis(doc: Doc, text: string, width: number): string {
  const room = width - doc.widthOfString('…');
  const cut = doc.widthOfString(text) <= room ? text.length : fittingPrefix(doc, text, room);
  return text.slice(0, cut).trimEnd() + '…';
}

/** `text` itself when it fits in `width`, else shortened with "…". */
function truncateToWidth(doc: Doc, text: string, width: number): string {
  return doc.widthOfString(text) <= width ? text : withEllipsis(doc, text, width);
}

const LABEL_SEPARATOR = '   ·   ';

/**
 * Packs labels into at most `maxLines` lines without splitting a label between lines; labels
 * that do not fit any more are summarised as "… (+N)".
 */
function packLabels(doc: Doc, labels: string[], width: number, maxLines: number): string[] {
  const separator = doc.widthOfString(LABEL_SEPARATOR);
  const lines: string[] = [];
  let current = '';
  let currentWidth = 0;
  for (let i = 0; i < labels.length; i++) {
    const label = truncateToWidth(doc, labels[i], width);
    const labelWidth = doc.widthOfString(label);
    if (!current) {
      current = label;
      currentWidth = labelWidth;
      continue;
    }
    if (currentWidth + separator + labelWidth <= width) {
      current += LABEL_SEPARATOR + label;
      currentWidth += separator + labelWidth;
      continue;
    }
    if (lines.length === maxLines - 1) {
      lines.push(`${current}${LABEL_SEPARATOR}… (+${labels.length - i})`);
      return lines;
    }
    lines.push(current);
    current = label;
    currentWidth = labelWidth;
  }
  if (current) lines.push(current);
  return lines;
}

/** The largest size from `max` down to `min` at which `text` fits `width` in the current font. */
function fitSize(doc: Doc, text: string, max: number, min: number, width: number): number {
  doc.fontSize(max);
  const w = doc.widthOfString(text);
  if (w <= width) return max;
  return Math.max(min, Math.floor(((max * width) / w) * 10) / 10);
}
