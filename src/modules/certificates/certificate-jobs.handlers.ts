import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { FileStorage } from '../../common/storage/file-storage';
import { FILE_STORAGE } from '../../common/storage/storage.module';
import { HandlesJob, JobHandler } from '../../jobs/job-handler';
import { Certificate } from './certificate.entity';
import { CertificatesService, pdfKeyOf } from './certificates.service';
import { PdfRenderer } from './pdf/pdf-renderer';

/** issue-certificate: one certificate per completed enrollment, however often the job runs. */
@Injectable()
@HandlesJob('issue-certificate')
export class IssueCertificateHandler implements JobHandler<'issue-certificate'> {
  constructor(private readonly certificates: CertificatesService) {}

  async handle({ enrollmentId }: { enrollmentId: string }): Promise<void> {
    await this.certificates.issue(enrollmentId);
  }
}

/** render-pdf: renders the certificate's PDF once; a replay finds it stored and stops. */
@Injectable()
@HandlesJob('render-pdf')
export class RenderPdfHandler implements JobHandler<'render-pdf'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly certificates: CertificatesService,
    private readonly renderer: PdfRenderer,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async handle({ certificateId }: { certificateId: string }): Promise<void> {
    const certificate = await this.dataSource.getRepository(Certificate).findOneBy({ id: certificateId });
    if (!certificate) return;
    const key = pdfKeyOf(certificate.id);
    if (certificate.pdfKey && (await this.storage.exists(certificate.pdfKey))) return;
    const pdf = await this.renderer.render({
      holderName: certificate.holderName,
      courseTitle: certificate.courseTitle,
      institutionName: certificate.institutionName,
      issuedAt: certificate.issuedAt,
      expiresAt: certificate.expiresAt,
      number: certificate.number,
      competencies: certificate.competencies,
      verifyUrl: this.certificates.verifyUrl(certificate.verificationCode),
    });
    await this.storage.put(key, pdf);
    await this.certificates.markRendered(certificate.id, key);
  }
}

/** expire-certificates (daily, repeatable): marks lapsed certificates and their enrollments expired. */
@Injectable()
@HandlesJob('expire-certificates')
export class ExpireCertificatesHandler implements JobHandler<'expire-certificates'> {
  private readonly logger = new Logger(ExpireCertificatesHandler.name);

  constructor(private readonly certificates: CertificatesService) {}

  async handle(): Promise<void> {
    const count = await this.certificates.expireDue();
    if (count) this.logger.log(`${count} certificates expired`);
  }
}
