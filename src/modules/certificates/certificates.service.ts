import { HttpStatus, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Page, pageOf } from '../../common/http/pagination';
import { Problem } from '../../common/http/problem';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AccessPolicy } from '../access/access-policy';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { CourseVersionsService } from '../courses/course-versions.service';
import { Enrollment } from '../enrollments/enrollment.entity';
import { Institution } from '../institutions/institution.entity';
import { OutboxService } from '../outbox/outbox.service';
import { User } from '../users/user.entity';
import { Certificate } from './certificate.entity';
import { CertificateListQuery } from './dto/certificate.dto';

export const renderJobId = (certificateId: string) => `render-pdf-${certificateId}`;
export const pdfKeyOf = (certificateId: string) => `certificates/${certificateId}.pdf`;

/**
 * Issuing and keeping certificates. Eligibility (the enrollment completed) is
 * decided by grading; this service turns it into exactly one certificate and asks
 * the worker to render its PDF.
 */
@Injectable()
export class CertificatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly versions: CourseVersionsService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  verifyUrl(code: string): string {
    return `${this.config.publicBaseUrl}/verify/${code}`;
  }

  /**
   * issue-certificate: under the enrollment's lock, and only for a completed
   * enrollment without a certificate (the unique constraint is the backstop), so
   * a replayed job changes nothing.
   */
  async issue(enrollmentId: string): Promise<Certificate | null> {
    return this.dataSource.transaction(async (em) => {
      const enrollment = await em.findOne(Enrollment, { where: { id: enrollmentId }, lock: { mode: 'pessimistic_write' } });
      if (!enrollment || enrollment.status !== 'completed') return null;
      const existing = await em.findOneBy(Certificate, { enrollmentId });
      if (existing) return null;
      const snapshot = await this.versions.snapshot(enrollment.courseId, enrollment.courseVersion, em);
      const user = await em.findOneByOrFail(User, { id: enrollment.userId });
      const institution = user.institutionId ? await em.findOneBy(Institution, { id: user.institutionId }) : null;
      const [{ seq, now }] = await em.query(`SELECT nextval('certificate_number_seq') AS seq, now() AS now`);
      const issuedAt: Date = enrollment.completedAt ?? now;
      const competencies = [
        ...new Set(snapshot.modules.flatMap((m) => [...(m.quiz?.questions ?? []), ...(m.quiz?.draws.flatMap((d) => d.candidates) ?? [])].flatMap((q) => q.tags ?? []))),
      ].sort();
      const certificate = await em.save(
        em.create(Certificate, {
          enrollmentId,
          userId: user.id,
          courseId: enrollment.courseId,
          courseVersion: enrollment.courseVersion,
          institutionId: enrollment.institutionId,
          number: `MOS-${warsawYear(issuedAt)}-${String(seq).padStart(6, '0')}`,
          verificationCode: randomBytes(16).toString('base64url'),
          holderName: user.fullName,
          courseTitle: snapshot.title,
          institutionName: institution?.name ?? null,
          competencies,
          issuedAt,
          expiresAt: snapshot.certificateValidityMonths ? addMonths(issuedAt, snapshot.certificateValidityMonths) : null,
          status: 'valid',
        }),
      );
      await this.outbox.job(em, 'render-pdf', { certificateId: certificate.id }, renderJobId(certificate.id));
      await this.audit.record(em, {
        actorId: null,
        action: 'certificate.issued',
        entityType: 'certificate',
        entityId: certificate.id,
        institutionId: certificate.institutionId,
        after: { number: certificate.number, enrollmentId, expiresAt: certificate.expiresAt },
      });
      return certificate;
    });
  }

  async list(actor: Actor, query: CertificateListQuery): Promise<Page<Certificate>> {
    const qb = this.scoped(actor);
    if (query.status === 'expired') qb.andWhere(`(c.status = 'expired' OR (c.status = 'valid' AND c.expiresAt <= now()))`);
    else if (query.status === 'valid') qb.andWhere(`c.status = 'valid' AND (c.expiresAt IS NULL OR c.expiresAt > now())`);
    else if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.courseId) qb.andWhere('c.courseId = :courseId', { courseId: query.courseId });
    if (query.userId) qb.andWhere('c.userId = :userId', { userId: query.userId });
    if (query.institutionId) qb.andWhere('c.institutionId = :institutionId', { institutionId: query.institutionId });
    if (query.expiringWithinDays !== undefined) {
      qb.andWhere(`c.status = 'valid' AND c.expiresAt > now() AND c.expiresAt <= now() + make_interval(days => :days)`, { days: query.expiringWithinDays });
    }
    const [items, total] = await qb.orderBy('c.issuedAt', 'DESC').addOrderBy('c.id').skip(query.offset).take(query.limit).getManyAndCount();
    return pageOf(items, total, query);
  }

  /** The certificate if the actor may see it: the holder, their institution's admin, the course's author, admins; else 404. */
  async get(actor: Actor, id: string): Promise<Certificate> {
    const certificate = await this.scoped(actor).andWhere('c.id = :id', { id }).getOne();
    if (!certificate) throw new NotFoundException('Certificate not found');
    return certificate;
  }

  async revoke(actor: Actor, id: string, reason: string): Promise<Certificate> {
    return this.dataSource.transaction(async (em) => {
      const certificate = await em.findOne(Certificate, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!certificate) throw new NotFoundException('Certificate not found');
      if (certificate.status === 'revoked') throw new Problem(HttpStatus.CONFLICT, 'certificate-revoked', 'The certificate is revoked already');
      const before = { status: certificate.status };
      Object.assign(certificate, { status: 'revoked', revokedAt: new Date(), revokedBy: actor.id, revokedReason: reason });
      await em.save(certificate);
      await this.audit.record(em, {
        actorId: actor.id,
        action: 'certificate.revoked',
        entityType: 'certificate',
        entityId: id,
        institutionId: certificate.institutionId,
        before,
        after: { status: 'revoked', reason },
      });
      return certificate;
    });
  }

  /**
   * The daily expiry: valid certificates past their date become expired, and so do
   * their enrollments (which lets the course be assigned again for recertification).
   */
  async expireDue(): Promise<number> {
    return this.dataSource.transaction(async (em: EntityManager) => {
      // For UPDATE … RETURNING TypeORM answers [rows, rowCount].
      const [expired]: [{ id: string; enrollment_id: string; institution_id: string | null }[], number] = await em.query(
        `UPDATE certificate SET status = 'expired', expired_at = now()
          WHERE status = 'valid' AND expires_at <= now()
          RETURNING id, enrollment_id, institution_id`,
      );
      if (expired.length === 0) return 0;
      await em.query(`UPDATE enrollment SET status = 'expired', expired_at = now(), updated_at = now() WHERE id = ANY($1::uuid[]) AND status = 'completed'`, [
        expired.map((c) => c.enrollment_id),
      ]);
      await this.audit.record(
        em,
        ...expired.map((c) => ({ actorId: null, action: 'certificate.expired', entityType: 'certificate', entityId: c.id, institutionId: c.institution_id, after: { status: 'expired' } })),
      );
      return expired.length;
    });
  }

  async byVerificationCode(code: string): Promise<Certificate | null> {
    return this.dataSource.getRepository(Certificate).findOneBy({ verificationCode: code });
  }

  async markRendered(id: string, key: string): Promise<void> {
    await this.dataSource.getRepository(Certificate).update({ id }, { pdfKey: key, pdfRenderedAt: new Date() });
  }

  private scoped(actor: Actor) {
    const qb = this.dataSource.getRepository(Certificate).createQueryBuilder('c');
    return this.policy.apply(qb, this.policy.scope(actor, 'enrollment', 'read'), { institution: 'c.institution_id', user: 'c.user_id', course: 'c.course_id' });
  }
}

/** The year in Kraków: a certificate issued just after midnight on 1 January belongs to the new year. */
function warsawYear(date: Date): string {
  return new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Europe/Warsaw' }).format(date);
}

/** Calendar months, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}
