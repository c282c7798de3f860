import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { overdueSql } from '../enrollments/overdue';
import { OutboxService } from '../outbox/outbox.service';
import type { NotificationKind } from './notification.entity';
import { DIGEST_NAMES } from './notification-texts';

/**
 * Each kind's candidates, as the SELECT list of an INSERT into notification
 * (recipient_id, institution_id, kind, enrollment_id, certificate_id, occurrence, data,
 * link). $1 is the run's time (NOW). Deactivated people get nothing; completed
 * enrollments and revoked certificates never match.
 */
/** The run's time, typed (in `$1 + interval …` PostgreSQL could not tell which type $1 is). */
const NOW = '$1::timestamptz';

const OPEN_ENROLLMENT = `
  FROM enrollment e
  JOIN "user" u ON u.id = e.user_id AND u.active
  JOIN course_version cv ON cv.course_id = e.course_id AND cv.version = e.course_version`;

const CERTIFICATE = `
  FROM certificate ce
  JOIN "user" u ON u.id = ce.user_id AND u.active`;

const certificateColumns = (kind: NotificationKind) => `
  SELECT ce.user_id, ce.institution_id, '${kind}', NULL::uuid, ce.id, 0,
         jsonb_build_object('courseTitle', ce.course_title, 'number', ce.number, 'expiresAt', ce.expires_at),
         '/verify/' || ce.verification_code`;

const CANDIDATES: Record<Exclude<NotificationKind, 'coordinator_digest'>, string> = {
  // Due within 7 days and not yet late: once.
  due_soon: `
    SELECT e.user_id, e.institution_id, 'due_soon', e.id, NULL::uuid, 0,
           jsonb_build_object('courseTitle', cv.snapshot -> 'title', 'dueAt', e.due_at),
           '/api/v1/enrollments/' || e.id
    ${OPEN_ENROLLMENT}
     WHERE e.status IN ('assigned', 'in_progress') AND e.due_at >= ${NOW} AND e.due_at < ${NOW} + interval '7 days'`,
  // Overdue as GET /enrollments derives it: once when it becomes late, then once a week late (occurrence = whole weeks late).
  overdue: `
    SELECT e.user_id, e.institution_id, 'overdue', e.id, NULL::uuid, floor(extract(epoch FROM ${NOW} - e.due_at) / 604800)::int,
           jsonb_build_object('courseTitle', cv.snapshot -> 'title', 'dueAt', e.due_at, 'daysLate', floor(extract(epoch FROM ${NOW} - e.due_at) / 86400)::int),
           '/api/v1/enrollments/' || e.id
    ${OPEN_ENROLLMENT}
     WHERE ${overdueSql('e', NOW)}`,
  // Each window once; a certificate first seen inside the 30-day window gets only that one.
  certificate_expiring_60: `${certificateColumns('certificate_expiring_60')} ${CERTIFICATE}
     WHERE ce.status = 'valid' AND ce.expires_at > ${NOW} + interval '30 days' AND ce.expires_at <= ${NOW} + interval '60 days'`,
  certificate_expiring_30: `${certificateColumns('certificate_expiring_30')} ${CERTIFICATE}
     WHERE ce.status = 'valid' AND ce.expires_at > ${NOW} AND ce.expires_at <= ${NOW} + interval '30 days'`,
  // Lapsed (also before the daily expiry job marks it) within the last 30 days: turning reminders on does not mail about certificates lapsed years ago.
  certificate_expired: `${certificateColumns('certificate_expired')} ${CERTIFICATE}
     WHERE ce.status IN ('valid', 'expired') AND ce.expires_at <= ${NOW} AND ce.expires_at > ${NOW} - interval '30 days'`,
};

/**
 * Institution admins' weekly digest: their institution's overdue courses (most late
 * first) and valid certificates lapsing within 60 days (soonest first), the counts
 * and the first names, as the reports count them. Once per ISO week (Warsaw time); a
 * coordinator with nothing to report gets nothing.
 */
const DIGEST = `
  WITH institutions AS (
    SELECT DISTINCT u.institution_id AS id FROM "user" u WHERE u.role = 'institution_admin' AND u.active AND u.institution_id IS NOT NULL
  ), figures AS (
    SELECT i.id, ins.name,
           (SELECT count(*) FROM enrollment e WHERE e.institution_id = i.id AND ${overdueSql('e', NOW)})::int AS overdue_count,
           (SELECT COALESCE(jsonb_agg(o ORDER BY o."daysLate" DESC, o."fullName"), '[]') FROM (
              SELECT u.full_name AS "fullName", c.title AS "courseTitle", floor(extract(epoch FROM ${NOW} - e.due_at) / 86400)::int AS "daysLate"
                FROM enrollment e JOIN "user" u ON u.id = e.user_id JOIN course c ON c.id = e.course_id
               WHERE e.institution_id = i.id AND ${overdueSql('e', NOW)}
               ORDER BY e.due_at, e.id LIMIT ${DIGEST_NAMES}) o) AS overdue,
           (SELECT count(*) FROM certificate ce
             WHERE ce.institution_id = i.id AND ce.status = 'valid' AND ce.expires_at > ${NOW} AND ce.expires_at <= ${NOW} + interval '60 days')::int AS lapsing_count,
           (SELECT COALESCE(jsonb_agg(l ORDER BY l."expiresAt", l."fullName"), '[]') FROM (
              SELECT u.full_name AS "fullName", ce.course_title AS "courseTitle", ce.expires_at AS "expiresAt"
                FROM certificate ce JOIN "user" u ON u.id = ce.user_id
               WHERE ce.institution_id = i.id AND ce.status = 'valid' AND ce.expires_at > ${NOW} AND ce.expires_at <= ${NOW} + interval '60 days'
               ORDER BY ce.expires_at, ce.id LIMIT ${DIGEST_NAMES}) l) AS lapsing
      FROM institutions i JOIN institution ins ON ins.id = i.id
  )
  SELECT u.id, f.id, 'coordinator_digest', NULL::uuid, NULL::uuid, to_char(${NOW} AT TIME ZONE 'Europe/Warsaw', 'IYYYIW')::int,
         jsonb_build_object('institutionName', f.name, 'overdueCount', f.overdue_count, 'overdue', f.overdue,
                            'lapsingCount', f.lapsing_count, 'lapsing', f.lapsing),
         '/api/v1/reports/institutions/' || f.id || '/overdue'
    FROM figures f JOIN "user" u ON u.institution_id = f.id AND u.role = 'institution_admin' AND u.active
   WHERE f.overdue_count + f.lapsing_count > 0`;

export const DUE_KINDS = ['due_soon', 'overdue'] as const;
export const EXPIRY_KINDS = ['certificate_expiring_60', 'certificate_expiring_30', 'certificate_expired'] as const;

/** Send-email jobs written per statement: 100,000s at once would hold every id and payload in memory twice. */
const EMIT_CHUNK = 20_000;

/**
 * The reminder runs: one INSERT … SELECT per kind, in one transaction with the
 * send-email jobs of the rows it inserted. The unique key (kind, subject, occurrence)
 * with ON CONFLICT DO NOTHING makes a replayed run insert nothing; a concurrent run
 * of the same kind waits for the first to commit (a transaction lock per kind, which
 * also spares sorting the rows to keep two runs' inserts from deadlocking) and then
 * inserts nothing either. So every reminder is stored, and mailed, once.
 */
@Injectable()
export class RemindersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Returns how many notifications each kind created. */
  run(kinds: readonly (keyof typeof CANDIDATES)[], now = new Date()): Promise<Partial<Record<NotificationKind, number>>> {
    return this.insertAll(kinds.map((kind) => [kind, CANDIDATES[kind]]), now);
  }

  digest(now = new Date()): Promise<Partial<Record<NotificationKind, number>>> {
    return this.insertAll([['coordinator_digest', DIGEST]], now);
  }

  private insertAll(statements: [NotificationKind, string][], now: Date): Promise<Partial<Record<NotificationKind, number>>> {
    return this.dataSource.transaction(async (em) => {
      const created: Partial<Record<NotificationKind, number>> = {};
      for (const [kind, candidates] of statements) created[kind] = await this.insert(em, kind, candidates, now);
      return created;
    });
  }

  private async insert(em: EntityManager, kind: NotificationKind, candidates: string, now: Date): Promise<number> {
    const mailed = this.config.mail !== undefined;
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('notification:' || $1))`, [kind]);
    const inserted: { id: string }[] = await em.query(
      `INSERT INTO notification (recipient_id, institution_id, kind, enrollment_id, certificate_id, occurrence, data, link, email_status)
       SELECT c.*, $2::text FROM (${candidates}) c (recipient_id, institution_id, kind, enrollment_id, certificate_id, occurrence, data, link)
       ON CONFLICT ON CONSTRAINT notification_once_key DO NOTHING
       RETURNING id`,
      [now, mailed ? 'pending' : 'not_needed'],
    );
    if (mailed) {
      for (let i = 0; i < inserted.length; i += EMIT_CHUNK) {
        await this.outbox.emitAll(em, 'send-email', inserted.slice(i, i + EMIT_CHUNK).map(({ id }) => ({ notificationId: id })));
      }
    }
    return inserted.length;
  }
}
