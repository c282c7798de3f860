import { parentPort } from 'node:worker_threads';
import { CertificatePdfData, renderCertificatePdf } from './certificate-pdf';

/** A rendering thread: renders the certificates it is sent and answers with the PDF bytes. */
parentPort?.on('message', ({ id, data }: { id: number; data: CertificatePdfData }) => {
  renderCertificatePdf(data).then(
    (pdf) => parentPort!.postMessage({ id, pdf }, [pdf.buffer as ArrayBuffer]),
    (error: Error) => parentPort!.postMessage({ id, error: error.message }),
  );
});
