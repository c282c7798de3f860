import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '../access/access-policy';
import { Actor } from '../access/actor';
import { CourseVersionsService } from '../courses/course-versions.service';
import { reportedStatus } from '../enrollments/dto/enrollment.view';
import { Enrollment } from '../enrollments/enrollment.entity';
import type { LocalizedText } from '../questions/question-definition';
import { User } from '../users/user.entity';
import { DomainError } from '../../common/errors/domain-error';

export interface TranscriptAttempt {
  id: string;
  moduleId: string;
  number: number;
  status: string;
  graded: boolean;
  score: number | null;
  maxScore: number | null;
  percent: number | null;
  passed: boolean | null;
  submittedAt: Date | null;
  gradedAt: Date | null;
}

export interface TranscriptCertificate {
  id: string;
  number: string;
  enrollmentId: string;
  courseId: string;
  courseTitle: LocalizedText;
  /** `expired` once the expiry has passed, also before the expiry job marks it. */
  status: 'valid' | 'expired' | 'revoked';
  issuedAt: Date;
  expiresAt: Date | null;
}

export interface Transcript {
  user: { id: string; fullName: string; email: string; institutionId: string | null; institutionName: string | null; unitId: string | null; unitName: string | null };
  generatedAt: Date;
  enrollments: {
    id: string;
    courseId: string;
    courseTitle: LocalizedText;
    courseVersion: number;
    status: string;
    dueAt: Date;
    startedAt: Date | null;
    completedAt: Date | null;
    /** The best graded quiz percent, null before any graded attempt. */
    bestScore: number | null;
    attempts: TranscriptAttempt[];
    certificate: TranscriptCertificate | null;
  }[];
  certificates: TranscriptCertificate[];
}

const num = (v: string | null) => (v === null ? null : Number(v));

/** One person's record: every enrollment with its attempts and best score, and their certificates. */
@Injectable()
export class TranscriptService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly versions: CourseVersionsService,
  ) {}

  /** The officer themself, their institution's admin, or an admin; anyone else finds nobody (404). */
  async transcript(actor: Actor, userId: string): Promise<Transcript> {
    const qb = this.dataSource.getRepository(User).createQueryBuilder('u').where('u.id = :userId', { userId });
    const user = await this.policy.apply(qb, this.policy.scope(actor, 'user', 'read'), { institution: 'u.institution_id', user: 'u.id' }).getOne();
    if (!user) throw new DomainError('user-not-found', 'User not found');
    const now = new Date();
    const [names] = await this.dataSource.query(
      `SELECT (SELECT name FROM institution WHERE id = $1) AS institution, (SELECT name FROM unit WHERE id = $2) AS unit`,
      [user.institutionId, user.unitId],
    );
    const enrollments = await this.dataSource.getRepository(Enrollment).find({ where: { userId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const bestById = new Map<string, number | null>(
      (await this.dataSource.query(`SELECT id, best_percent FROM enrollment WHERE user_id = $1`, [userId])).map((r: { id: string; best_percent: string | null }) => [r.id, num(r.best_percent)]),
    );
    const attempts: Record<string, string | number | boolean | Date | null>[] = await this.dataSource.query(
      `SELECT a.id, a.enrollment_id, a.module_id, a.number, a.status, a.score, a.max_score, a.percent, a.passed, a.submitted_at, a.graded_at
         FROM attempt a WHERE a.user_id = $1 ORDER BY a.enrollment_id, a.started_at, a.number`,
      [userId],
    );
    const certificates: TranscriptCertificate[] = (
      await this.dataSource.query(
        `SELECT id, number, enrollment_id, course_id, course_title, issued_at, expires_at,
                CASE WHEN status = 'valid' AND expires_at <= now() THEN 'expired' ELSE status END AS status
           FROM certificate WHERE user_id = $1 ORDER BY issued_at, id`,
        [userId],
      )
    ).map((c: Record<string, never>) => ({
      id: c.id,
      number: c.number,
      enrollmentId: c.enrollment_id,
      courseId: c.course_id,
      courseTitle: c.course_title,
      status: c.status,
      issuedAt: c.issued_at,
      expiresAt: c.expires_at,
    }));
    const items = [];
    for (const e of enrollments) {
      const snapshot = await this.versions.snapshot(e.courseId, e.courseVersion);
      items.push({
        id: e.id,
        courseId: e.courseId,
        courseTitle: snapshot.title,
        courseVersion: e.courseVersion,
        status: reportedStatus(e, now),
        dueAt: e.dueAt,
        startedAt: e.startedAt,
        completedAt: e.completedAt,
        bestScore: bestById.get(e.id) ?? null,
        attempts: attempts
          .filter((a) => a.enrollment_id === e.id)
          .map((a) => ({
            id: a.id as string,
            moduleId: a.module_id as string,
            number: a.number as number,
            status: a.status as string,
            graded: a.status === 'graded',
            score: num(a.score as string | null),
            maxScore: num(a.max_score as string | null),
            percent: num(a.percent as string | null),
            passed: a.passed as boolean | null,
            submittedAt: a.submitted_at as Date | null,
            gradedAt: a.graded_at as Date | null,
          })),
        certificate: certificates.find((c) => c.enrollmentId === e.id) ?? null,
      });
    }
    return {
      user: {
        id: user.id,
        fullName: user.fullName,
        email: user.email,
        institutionId: user.institutionId,
        institutionName: names.institution,
        unitId: user.unitId,
        unitName: names.unit,
      },
      generatedAt: now,
      enrollments: items,
      certificates,
    };
  }
}
