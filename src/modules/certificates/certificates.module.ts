import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module';
import { ExpireCertificatesHandler, IssueCertificateHandler, RenderPdfHandler } from './certificate-jobs.handlers';
import { CertificatesService } from './certificates.service';
import { signingKeyProvider } from './credential/signing-key.provider';
import { PdfRenderer } from './pdf/pdf-renderer';

/** Issuing and keeping certificates, and their job handlers: what both the API and the worker need. */
@Module({
  imports: [CoursesModule],
  providers: [signingKeyProvider, PdfRenderer, CertificatesService, IssueCertificateHandler, RenderPdfHandler, ExpireCertificatesHandler],
  exports: [signingKeyProvider, CertificatesService],
})
export class CertificatesModule {}
