import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { FileStorage } from '../../common/storage/file-storage';
import { FILE_STORAGE } from '../../common/storage/storage.module';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { HandlesJob, JobHandler } from '../../jobs/job-handler';
import { MicroBatcher } from '../../jobs/micro-batcher';
import { Certificate } from './certificate.entity';
import { CertificatesService, pdfKeyOf } from './certificates.service';
import { PdfRenderer } from './pdf/pdf-renderer';

/**
 * issue-certificate: one certificate per completed enrollment, however often the job runs.
 * The jobs the worker runs at once are issued together, in one transaction (see
 * MicroBatcher and CertificatesService.issueAll); a batch that fails is retried one
 * enrollment per transaction, so a bad enrollment fails only its own job.
 */
@Injectable()
@HandlesJob('issue-certificate')
export class IssueCertificateHandler implements JobHandler<'issue-certificate'> {
  private readonly batcher: MicroBatcher<string>;

  constructor(certificates: CertificatesService, @Inject(APP_CONFIG) config: AppConfig) {
    this.batcher = MicroBatcher.forJobs((ids) => certificates.issueAll(ids), config.workerConcurrency);
  }

  handle({ enrollmentId }: { enrollmentId: string }): Promise<void> {
    return this.batcher.add(enrollmentId);
  }
}

/**
 * render-pdf: renders a certificate's PDF once; a replay finds it stored and stops. The jobs
 * the worker runs at once share one read, one storage flush and one update; their pages
 * render in parallel on the rendering threads. As with issuance, a failed batch is retried
 * one certificate at a time.
 */
@Injectable()
@HandlesJob('render-pdf')
export class RenderPdfHandler implements JobHandler<'render-pdf'> {
  private readonly batcher: MicroBatcher<string>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly certificates: CertificatesService,
    private readonly renderer: PdfRenderer,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.batcher = MicroBatcher.forJobs((ids) => this.renderAll(ids), config.workerConcurrency);
  }

  handle({ certificateId }: { certificateId: string }): Promise<void> {
    return this.batcher.add(certificateId);
  }

  private async renderAll(certificateIds: string[]): Promise<void> {
    const found = await this.dataSource.getRepository(Certificate).findBy({ id: In(certificateIds) });
    const stored = await Promise.all(found.map((c) => c.pdfKey !== null && this.storage.exists(c.pdfKey)));
    const missing = found.filter((_, i) => !stored[i]);
    if (missing.length === 0) return;
    const files = await Promise.all(
      missing.map(async (certificate) => ({
        key: pdfKeyOf(certificate.id),
        data: await this.renderer.render({
          holderName: certificate.holderName,
          courseTitle: certificate.courseTitle,
          institutionName: certificate.institutionName,
          issuedAt: certificate.issuedAt,
          expiresAt: certificate.expiresAt,
          number: certificate.number,
          competencies: certificate.competencies,
          verifyUrl: this.certificates.verifyUrl(certificate.verificationCode),
        }),
      })),
    );
    await this.storage.putAll(files);
    await this.certificates.markRendered(missing.map((certificate, i) => ({ id: certificate.id, key: files[i].key })));
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
