import PDFDocument from 'pdfkit';
import { dejavuFontSources, formatPolishDate } from '../certificates/pdf/certificate-pdf';
import type { Transcript } from './transcript.service';

const STATUS_PL: Record<string, string> = {
  assigned: 'przypisane',
  in_progress: 'w toku',
  overdue: 'po terminie',
  completed: 'ukończone',
  expired: 'wygasłe',
  valid: 'ważny',
  revoked: 'unieważniony',
};

const date = (d: Date | string | null) => (d ? formatPolishDate(new Date(d)) : '—');
const percent = (p: number | null) => (p === null ? '—' : `${p.toLocaleString('pl-PL', { maximumFractionDigits: 2 })} %`);

/**
 * The transcript as an A4 document in DejaVu Sans (the certificates' font, so
 * Polish and Ukrainian names print), flowing over as many pages as it needs.
 */
export function renderTranscriptPdf(t: Transcript): Promise<Buffer> {
  const fonts = dejavuFontSources();
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    font: fonts.regular as string,
    lang: 'pl-PL',
    displayTitle: true,
    info: { Title: `Przebieg szkoleń: ${t.user.fullName}`, Author: 'Mosty', Creator: 'Mosty' },
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('bold').fontSize(18).text('Przebieg szkoleń / Transcript');
  doc.moveDown(0.5).font('bold').fontSize(13).text(t.user.fullName);
  doc.font('regular').fontSize(10).text(t.user.email);
  if (t.user.institutionName) doc.text([t.user.institutionName, t.user.unitName].filter(Boolean).join(' · '));
  doc.text(`Stan na ${date(t.generatedAt)}`);

  doc.moveDown().font('bold').fontSize(13).text('Szkolenia');
  if (t.enrollments.length === 0) doc.font('regular').fontSize(10).text('Brak przypisanych szkoleń.');
  for (const e of t.enrollments) {
    doc.moveDown(0.6).font('bold').fontSize(11).text(e.courseTitle.pl);
    doc
      .font('regular')
      .fontSize(10)
      .text(
        `Status: ${STATUS_PL[e.status] ?? e.status} · termin: ${date(e.dueAt)} · ukończone: ${date(e.completedAt)} · najlepszy wynik: ${percent(e.bestScore)}`,
      );
    for (const a of e.attempts) {
      doc.text(`  Podejście ${a.number}: ${a.graded ? `${percent(a.percent)}${a.passed ? ', zaliczone' : ', niezaliczone'}` : a.status} · złożone ${date(a.submittedAt)}`);
    }
  }

  doc.moveDown().font('bold').fontSize(13).text('Zaświadczenia');
  if (t.certificates.length === 0) doc.font('regular').fontSize(10).text('Brak zaświadczeń.');
  for (const c of t.certificates) {
    doc
      .font('regular')
      .fontSize(10)
      .text(`${c.number} · ${c.courseTitle.pl} · wydane ${date(c.issuedAt)} · ważne do ${date(c.expiresAt)} · ${STATUS_PL[c.status] ?? c.status}`);
  }
  doc.end();
  return done;
}
