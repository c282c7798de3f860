import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module';
import { ExpireCertificatesHandler, IssueCertificateHandler, RenderPdfHandler } from './certificate-jobs.handlers';
import { CertificatesService } from './certificates.service';
import { signingKeyProvider } from './credential/signing-key.provider';

/** Issuing and keeping certificates, and their job handlers: what both the API and the worker need. */
@Module({
  imports: [CoursesModule],
  providers: [signingKeyProvider, CertificatesService, IssueCertificateHandler, RenderPdfHandler, ExpireCertificatesHandler],
  exports: [signingKeyProvider, CertificatesService],
})
export class CertificatesModule {}
