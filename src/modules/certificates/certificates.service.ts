import { Inject, Injectable } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Page, pageOf } from '../../common/http/pagination';
import { DomainError } from '../../common/errors/domain-error';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AccessPolicy } from '../access/access-policy';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import type { CourseSnapshot } from '../courses/course-snapshot';
import { CourseVersionsService } from '../courses/course-versions.service';
import { OutboxService } from '../outbox/outbox.service';
import { Certificate } from './certificate.entity';
import { CertificateListQuery } from './dto/certificate.dto';

/** An enrollment to certify, locked, with what the certificate prints of its holder. */
interface IssuableEnrollment {
  id: string;
  user_id: string;
  course_id: string;
  course_version: number;
  institution_id: string | null;
  completed_at: Date | null;
  full_name: string;
  institution_name: string | null;
}

type NewCertificate = Pick<
  Certificate,
  | 'id'
  | 'enrollmentId'
  | 'userId'
  | 'courseId'
  | 'courseVersion'
  | 'institutionId'
  | 'number'
  | 'verificationCode'
  | 'holderName'
  | 'courseTitle'
  | 'institutionName'
  | 'competencies'
  | 'issuedAt'
  | 'expiresAt'
  | 'status'
>;

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
   * issue-certificate, for the enrollments whose jobs the worker runs together, in one
   * transaction. The enrollments are locked in id order (so batches that share one cannot
   * deadlock), and only a completed enrollment without a certificate gets one (the unique
   * constraint is the backstop), so a replayed or twice-delivered job changes nothing.
   */
  async issueAll(enrollmentIds: string[]): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const enrollments: IssuableEnrollment[] = await em.query(
        `SELECT e.id, e.user_id, e.course_id, e.course_version, e.institution_id, e.completed_at, u.full_name, i.name AS institution_name
           FROM enrollment e JOIN "user" u ON u.id = e.user_id LEFT JOIN institution i ON i.id = u.institution_id
          WHERE e.id = ANY($1::uuid[]) AND e.status = 'completed'
          ORDER BY e.id FOR UPDATE OF e`,
        [enrollmentIds],
      );
      if (enrollments.length === 0) return;
      // A statement after the locks sees a certificate committed while they were awaited; only the others take a number.
      const numbered: { id: string; seq: string; now: Date }[] = await em.query(
        `SELECT e.id, nextval('certificate_number_seq') AS seq, now() AS now FROM unnest($1::uuid[]) AS e(id)
          WHERE NOT EXISTS (SELECT 1 FROM certificate c WHERE c.enrollment_id = e.id)`,
        [enrollments.map((e) => e.id)],
      );
      if (numbered.length === 0) return;
      const byId = new Map(enrollments.map((e) => [e.id, e]));
      const certificates: NewCertificate[] = [];
      for (const { id, seq, now } of numbered) {
        const enrollment = byId.get(id)!;
        const snapshot = await this.versions.snapshot(enrollment.course_id, enrollment.course_version, em);
        const issuedAt: Date = enrollment.completed_at ?? now;
        certificates.push({
          // Made here rather than by the database, so nothing depends on the order RETURNING answers in.
          id: randomUUID(),
          enrollmentId: id,
          userId: enrollment.user_id,
          courseId: enrollment.course_id,
          courseVersion: enrollment.course_version,
          institutionId: enrollment.institution_id,
          number: `MOS-${warsawYear.format(issuedAt)}-${seq.padStart(6, '0')}`,
          verificationCode: randomBytes(16).toString('base64url'),
          holderName: enrollment.full_name,
          courseTitle: snapshot.title,
          institutionName: enrollment.institution_name,
          competencies: competenciesOf(snapshot),
          issuedAt,
          expiresAt: snapshot.certificateValidityMonths ? addMonths(issuedAt, snapshot.certificateValidityMonths) : null,
          status: 'valid',
        });
      }
      await em.insert(Certificate, certificates);
      await this.outbox.emitAll(em, 'render-pdf', certificates.map((c) => ({ certificateId: c.id })));
      await this.audit.record(
        em,
        ...certificates.map((c) => ({
          actorId: null,
          action: 'certificate.issued',
          entityType: 'certificate',
          entityId: c.id,
          institutionId: c.institutionId,
          after: { number: c.number, enrollmentId: c.enrollmentId, expiresAt: c.expiresAt },
        })),
      );
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
    if (!certificate) throw new DomainError('certificate-not-found', 'Certificate not found');
    return certificate;
  }

  async revoke(actor: Actor, id: string, reason: string): Promise<Certificate> {
    return this.dataSource.transaction(async (em) => {
      const certificate = await em.findOne(Certificate, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!certificate) throw new DomainError('certificate-not-found', 'Certificate not found');
      if (certificate.status === 'revoked') throw new DomainError('certificate-revoked', 'The certificate is revoked already');
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

  /** Records stored PDFs, however many, in one statement. */
  async markRendered(rendered: { id: string; key: string }[]): Promise<void> {
    await this.dataSource.query(
      `UPDATE certificate c SET pdf_key = r.key, pdf_rendered_at = now() FROM unnest($1::uuid[], $2::text[]) AS r(id, key) WHERE c.id = r.id`,
      [rendered.map((r) => r.id), rendered.map((r) => r.key)],
    );
  }

  private scoped(actor: Actor) {
    const qb = this.dataSource.getRepository(Certificate).createQueryBuilder('c');
    return this.policy.apply(qb, this.policy.scope(actor, 'enrollment', 'read'), { institution: 'c.institution_id', user: 'c.user_id', course: 'c.course_id' });
  }
}

/** The year in Kraków: a certificate issued just after midnight on 1 January belongs to the new year. */
const warsawYear = new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Europe/Warsaw' });

/** The competency tags of every question the course's quizzes can show, sorted. */
function competenciesOf(snapshot: CourseSnapshot): string[] {
  const questions = snapshot.modules.flatMap((m) => [...(m.quiz?.questions ?? []), ...(m.quiz?.draws.flatMap((d) => d.candidates) ?? [])]);
  return [...new Set(questions.flatMap((q) => q.tags ?? []))].sort();
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
