import type { publicVerification } from './dto/certificate.view';

type Verification = ReturnType<typeof publicVerification>;

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const date = (d: Date | null) =>
  d ? new Intl.DateTimeFormat('pl-PL', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Warsaw' }).format(d) : '';

const STATUS = {
  valid: { pl: 'Ważne', en: 'Valid', colour: '#1b5e20', background: '#e8f5e9', sign: '✓' },
  expired: { pl: 'Wygasło', en: 'Expired', colour: '#7a4f01', background: '#fff8e1', sign: '!' },
  revoked: { pl: 'Unieważnione', en: 'Revoked', colour: '#b71c1c', background: '#ffebee', sign: '✗' },
} as const;

const PAGE_STYLE = `
  body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; background: #f5f5f5; line-height: 1.5; }
  main { max-width: 34rem; margin: 0 auto; padding: 1.25rem; }
  h1 { font-size: 1.25rem; margin: 0 0 1rem; }
  .card { background: #fff; border-radius: .75rem; padding: 1.25rem; box-shadow: 0 1px 3px rgba(0,0,0,.12); }
  .status { border-radius: .5rem; padding: .75rem 1rem; font-weight: 700; font-size: 1.15rem; margin: 0 0 1rem; }
  dl { margin: 0; }
  dt { font-size: .85rem; color: #555; margin-top: .75rem; }
  dd { margin: 0; font-size: 1.05rem; overflow-wrap: anywhere; }
  .en { color: #555; font-size: .9rem; }
  footer { margin-top: 1rem; font-size: .8rem; color: #555; }
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<main>
${body}
<footer>Mosty — platforma szkoleniowa służb publicznych Krakowa · Mosty — training platform of Kraków's public services</footer>
</main>
</body>
</html>`;
}

/** The page a phone opens after scanning the certificate's QR code: readable, accessible, no JavaScript. */
export function verificationPage(v: Verification): string {
  const s = STATUS[v.status];
  const statusLine =
    v.status === 'revoked' && v.revokedAt
      ? `${s.pl} ${date(v.revokedAt)} <span class="en">/ ${s.en} on ${date(v.revokedAt)}</span>`
      : `${s.pl} <span class="en">/ ${s.en}</span>`;
  return page(
    `Zaświadczenie ${v.number} — ${s.pl}`,
    `<h1>Weryfikacja zaświadczenia <span class="en">/ Certificate verification</span></h1>
<div class="card">
  <p class="status" role="status" style="color:${s.colour};background:${s.background}"><span aria-hidden="true">${s.sign}</span> ${statusLine}</p>
  <dl>
    <dt>Imię i nazwisko <span class="en">/ Holder</span></dt><dd>${escape(v.holderName)}</dd>
    <dt>Szkolenie <span class="en">/ Course</span></dt><dd>${escape(v.courseTitle)}${v.courseTitleEn ? `<br><span class="en">${escape(v.courseTitleEn)}</span>` : ''}</dd>
    <dt>Numer <span class="en">/ Number</span></dt><dd>${escape(v.number)}</dd>
    <dt>Data wydania <span class="en">/ Issued</span></dt><dd><time datetime="${v.issuedAt.toISOString()}">${date(v.issuedAt)}</time></dd>
    <dt>Ważne do <span class="en">/ Valid until</span></dt><dd>${v.expiresAt ? `<time datetime="${v.expiresAt.toISOString()}">${date(v.expiresAt)}</time>` : 'bezterminowo <span class="en">/ no expiry</span>'}</dd>
  </dl>
</div>`,
  );
}

export function unknownCertificatePage(): string {
  return page(
    'Nie znaleziono zaświadczenia',
    `<h1>Nie znaleziono zaświadczenia <span class="en">/ Certificate not found</span></h1>
<div class="card"><p class="status" role="status" style="color:#b71c1c;background:#ffebee">✗ Kod weryfikacyjny jest nieprawidłowy. <span class="en">/ The verification code is not valid.</span></p>
<p>Sprawdź, czy adres został zeskanowany w całości. <span class="en">/ Check that the whole address was scanned.</span></p></div>`,
  );
}
