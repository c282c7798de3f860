import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { FileStorage } from '../../common/storage/file-storage';
import { FILE_STORAGE } from '../../common/storage/storage.module';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { Transactions } from '../../database/transactions';
import { AccessPolicy } from '../access/access-policy';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { Institution } from '../institutions/institution.entity';
import { OutboxService } from '../outbox/outbox.service';
import { User } from '../users/user.entity';
import { CreateExportDto } from './dto/create-export.dto';
import { ReportExport } from './report-export.entity';
import { DomainError } from '../../common/errors/domain-error';

/** Exports removed per statement by the expiry job, so one run never holds many row locks at once. */
const EXPIRY_BATCH = 500;

/**
 * Requesting exports and reading them back, scoped like the institution reports:
 * an institution admin reaches their institution's, an admin every one; anything
 * else is not found (404), so ids cannot be probed.
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly policy: AccessPolicy,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Queues an export: the row and its job commit together (the outbox), so none is lost or run without its row. */
  request(actor: Actor, dto: CreateExportDto): Promise<ReportExport> {
    this.policy.assertInstitution(this.policy.scope(actor, 'institution', 'read'), dto.institutionId);
    return this.transactions.run(async (em) => {
      if (!(await em.existsBy(Institution, { id: dto.institutionId }))) throw new DomainError('institution-not-found', 'Institution not found');
      const requester = await em.findOneByOrFail(User, { id: actor.id });
      const createdAt = new Date();
      const created = await em.save(
        em.create(ReportExport, {
          kind: dto.kind,
          format: dto.format,
          institutionId: dto.institutionId,
          requestedBy: actor.id,
          filters: { ...dto.filters },
          separator: dto.separator ?? ',',
          locale: requester.locale,
          status: 'queued',
          rowsWritten: 0,
          createdAt,
          expiresAt: new Date(createdAt.getTime() + this.config.exportTtlHours * 3600_000),
        }),
      );
      await this.outbox.emit(em, 'export', { exportId: created.id });
      await this.audit.record(em, {
        actorId: actor.id,
        action: 'export.requested',
        entityType: 'report_export',
        entityId: created.id,
        institutionId: created.institutionId,
        after: { kind: created.kind, format: created.format, filters: created.filters },
      });
      return created;
    });
  }

  /** An export within the caller's scope and not expired, else 404. */
  async get(actor: Actor, id: string): Promise<ReportExport> {
    const qb = this.dataSource.getRepository(ReportExport).createQueryBuilder('x').where('x.id = :id AND x.expires_at > now()', { id });
    const found = await this.policy.apply(qb, this.policy.scope(actor, 'institution', 'read'), { institution: 'x.institution_id' }).getOne();
    if (!found) throw new DomainError('export-not-found', 'Export not found');
    return found;
  }

  /** The stored file of a ready export and its institution's code (for the file name), the download audited; file null while not ready. */
  async open(actor: Actor, id: string) {
    const found = await this.get(actor, id);
    const file = found.status === 'ready' && found.fileKey ? await this.storage.openRead(found.fileKey) : null;
    if (!file) return { export: found, file: null, institutionCode: null };
    const { code: institutionCode } = await this.dataSource.getRepository(Institution).findOneByOrFail({ id: found.institutionId });
    await this.audit.record(this.dataSource.manager, {
      actorId: actor.id,
      action: 'export.downloaded',
      entityType: 'report_export',
      entityId: found.id,
      institutionId: found.institutionId,
      after: { kind: found.kind, format: found.format, rows: found.rowsWritten, filters: found.filters },
    });
    return { export: found, file, institutionCode };
  }

  /** expire-exports: the files and rows of exports past their time, a batch at a time; returns how many went. */
  async expire(): Promise<number> {
    let removed = 0;
    for (;;) {
      const gone = await this.dataSource.transaction(async (em) => {
        const due: { id: string; file_key: string | null }[] = await em.query(
          `SELECT id, file_key FROM report_export WHERE expires_at <= now() ORDER BY expires_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [EXPIRY_BATCH],
        );
        // Files first: a crash between the two leaves a row whose file is gone, which the next run removes.
        await Promise.all(due.flatMap((d) => (d.file_key ? [this.storage.remove(d.file_key)] : [])));
        if (due.length) await em.query(`DELETE FROM report_export WHERE id = ANY($1::uuid[])`, [due.map((d) => d.id)]);
        return due.length;
      });
      removed += gone;
      if (gone < EXPIRY_BATCH) return removed;
    }
  }
}
