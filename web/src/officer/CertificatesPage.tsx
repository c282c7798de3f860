import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, data } from '../api/client';
import type { components } from '../api/schema';
import type { User } from '../auth/session';
import { useUser } from '../auth/useUser';
import { ErrorMessage, QueryStatus } from '../common/ErrorMessage';
import { useFormat } from '../common/format';
import { Page } from '../common/Page';
import { saveFile } from '../common/download';
import { useLocalized } from '../common/localized';

type Certificate = components['schemas']['CertificateView'];

/** The reader's own certificates, newest first; while a PDF is being rendered the list asks again every few seconds. */
export function CertificatesPage() {
  const { t } = useTranslation('officer');
  const user = useUser() as User;
  const query = useQuery({
    queryKey: ['certificates', 'mine', user.id],
    queryFn: async () => data(await api.GET('/api/v1/certificates', { params: { query: { limit: 100, userId: user.id } } })),
    refetchInterval: (q) => (q.state.data?.items.some((c) => !c.pdfReady && c.status !== 'revoked') ? 2000 : false),
  });
  return (
    <Page title={t('certificates.title')}>
      <QueryStatus query={query} />
      {query.data ? (
        query.data.items.length === 0 ? (
          <p>{t('certificates.none')}</p>
        ) : (
          <ul className="cards certificate-list">
            {query.data.items.map((c) => (
              <CertificateCard key={c.id} certificate={c} />
            ))}
          </ul>
        )
      ) : null}
    </Page>
  );
}

function CertificateCard({ certificate: c }: { certificate: Certificate }) {
  const { t } = useTranslation('officer');
  const format = useFormat();
  const localized = useLocalized();
  const headingId = `certificate-${c.id}`;
  const pdf = useMutation({
    mutationFn: async () => {
      const blob = data(await api.GET('/api/v1/certificates/{id}/pdf', { params: { path: { id: c.id } }, parseAs: 'blob' })) as Blob;
      saveFile(blob, `${c.number}.pdf`);
    },
  });
  const credential = useMutation({
    mutationFn: async () => {
      const blob = data(
        await api.GET('/api/v1/certificates/{id}/credential', { params: { path: { id: c.id } }, headers: { Accept: 'application/json' }, parseAs: 'blob' }),
      ) as Blob;
      saveFile(new Blob([blob], { type: 'application/json' }), `${c.number}.credential.json`);
    },
  });
  const verifyPath = `/verify/${c.verificationCode}`;
  return (
    <li className={`card certificate certificate-${c.status}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{localized(c.courseTitle)}</h2>
      <dl className="facts">
        <div>
          <dt>{t('certificates.number')}</dt>
          <dd>{c.number}</dd>
        </div>
        <div>
          <dt>{t('certificates.issued')}</dt>
          <dd>{format.date(c.issuedAt)}</dd>
        </div>
        <div>
          <dt>{t('certificates.expires')}</dt>
          <dd>{c.expiresAt ? format.date(c.expiresAt) : t('certificates.never')}</dd>
        </div>
        <div>
          <dt>{t('certificates.statusLabel')}</dt>
          <dd>
            <span className={`status-tag certificate-status-${c.status}`}>{t(`certificates.status.${c.status}`)}</span>
          </dd>
        </div>
      </dl>
      {c.status === 'revoked' ? (
        <p className="notice notice-error">{t('certificates.revokedNote', { date: format.date(c.revokedAt), reason: c.revokedReason ?? '—' })}</p>
      ) : c.status === 'expired' ? (
        <p className="notice notice-warn">{t('certificates.expiredNote', { date: format.date(c.expiresAt) })}</p>
      ) : null}
      {c.pdfReady ? null : (
        <p className="notice" role="status">
          {t('certificates.pdfPending')}
        </p>
      )}
      <div className="certificate-actions">
        <button type="button" className="primary" disabled={!c.pdfReady || pdf.isPending} onClick={() => pdf.mutate()}>
          {pdf.isPending ? t('certificates.downloading') : t('certificates.downloadPdf')}
        </button>
        <button type="button" disabled={credential.isPending} onClick={() => credential.mutate()}>
          {credential.isPending ? t('certificates.downloading') : t('certificates.downloadCredential')}
        </button>
      </div>
      {pdf.isError ? <ErrorMessage error={pdf.error} /> : null}
      {credential.isError ? <ErrorMessage error={credential.error} /> : null}
      <div className="certificate-verify">
        <VerificationQr url={c.verifyUrl} alt={t('certificates.qrAlt', { number: c.number })} />
        <p>
          {t('certificates.verifyIntro')}{' '}
          <a href={verifyPath}>
            {t('certificates.verifyLink')}
          </a>
        </p>
      </div>
    </li>
  );
}

/** The QR code of the public verification page, drawn in the browser (qrcode is loaded only on this page). */
function VerificationQr({ url, alt }: { url: string; alt: string }) {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    let current = true;
    void import('qrcode').then(async (QRCode) => {
      const image = await QRCode.toDataURL(url, { margin: 1, width: 160, errorCorrectionLevel: 'M' });
      if (current) setSrc(image);
    });
    return () => {
      current = false;
    };
  }, [url]);
  return src ? <img className="qr" src={src} alt={alt} width={160} height={160} /> : <span className="qr qr-pending" aria-hidden="true" />;
}
