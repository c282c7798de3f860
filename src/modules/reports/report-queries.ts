import { overdueSql } from '../enrollments/overdue';

/**
 * The SQL of every institution report, as `{sql, params}` for one institution,
 * scope and set of filters. The HTTP service runs it with a page (`paged`); an
 * export runs the same text through a cursor to stream every row.
 */
export interface SqlQuery {
  sql: string;
  params: unknown[];
}

/** A list report: its rows in order, and how many there are (from the index alone, without the joins and the sort). */
export interface ListQuery extends SqlQuery {
  count: SqlQuery;
}

/**
 * Run in the report's transaction before its queries. On two cores a parallel plan
 * over one institution's 100,000 enrollments took 80 ms where one process took 30 ms
 * (measured under load), so the reports plan without parallel workers.
 */
export const REPORT_TRANSACTION_SETTINGS = 'SET LOCAL max_parallel_workers_per_gather = 0';

/**
 * Whose rows within the institution: everything (its institution admin, an
 * admin), or only those of courses a trainer authors.
 */
export type ReportScope = { kind: 'institution' } | { kind: 'courseOwner'; ownerId: string };

export interface CompletionFilters {
  courseId?: string;
  unitId?: string;
  dueFrom?: Date;
  dueTo?: Date;
  assignedFrom?: Date;
  assignedTo?: Date;
}

export interface CourseUnitFilters {
  courseId?: string;
  unitId?: string;
}

export type OverdueSort = 'daysLate' | '-daysLate';

/** Collects the WHERE conditions and their positional parameters. */
class Conditions {
  readonly params: unknown[] = [];
  private readonly parts: string[] = [];

  constructor(institutionColumn: string, institutionId: string, scope: ReportScope, courseColumn: string) {
    this.add(`${institutionColumn} = $?`, institutionId);
    if (scope.kind === 'courseOwner') this.add(`${courseColumn} IN (SELECT id FROM course WHERE owner_id = $?)`, scope.ownerId);
  }

  /** `$?` in the condition is the next parameter; nothing is added for an absent value. */
  add(condition: string, value: unknown): this {
    if (value === undefined || value === null) return this;
    this.params.push(value);
    this.parts.push(condition.replace('$?', `$${this.params.length}`));
    return this;
  }

  get sql(): string {
    return this.parts.join(' AND ');
  }
}

/**
 * Completion per course and per unit (one scan, two grouping sets): `grouping`
 * is `course` or `unit`. Counts partition `assigned`: completed + inProgress +
 * notStarted + overdue + expired. The average best score is over enrollments
 * with a graded quiz attempt, in percent.
 */
export function completionQuery(institutionId: string, scope: ReportScope, f: CompletionFilters): SqlQuery {
  const where = new Conditions('e.institution_id', institutionId, scope, 'e.course_id')
    .add('e.course_id = $?', f.courseId)
    .add('e.unit_id = $?', f.unitId)
    .add('e.due_at >= $?', f.dueFrom)
    .add('e.due_at < $?', f.dueTo)
    .add('e.created_at >= $?', f.assignedFrom)
    .add('e.created_at < $?', f.assignedTo);
  const overdue = overdueSql('e', 'now()');
  // One pass over the enrollments into (course, unit) cells, then both groupings over those few cells.
  const sql = `
    SELECT g.grouping, g.course_id AS "courseId", c.title AS "courseTitle", g.unit_id AS "unitId", un.name AS "unitName",
           g.assigned, g.completed, g.in_progress AS "inProgress", g.not_started AS "notStarted", g.overdue, g.expired,
           round(g.completed::numeric / nullif(g.assigned, 0), 4)::float8 AS "completionRate",
           round(g.best_sum / nullif(g.best_count, 0), 2)::float8 AS "averageBestScore"
      FROM (SELECT CASE WHEN GROUPING(cell.course_id) = 0 THEN 'course' ELSE 'unit' END AS grouping, cell.course_id, cell.unit_id,
                   sum(cell.assigned)::int AS assigned, sum(cell.completed)::int AS completed, sum(cell.in_progress)::int AS in_progress,
                   sum(cell.not_started)::int AS not_started, sum(cell.overdue)::int AS overdue, sum(cell.expired)::int AS expired,
                   sum(cell.best_sum) AS best_sum, sum(cell.best_count) AS best_count
              FROM (SELECT e.course_id, e.unit_id,
                           count(*) AS assigned,
                           count(*) FILTER (WHERE e.status = 'completed') AS completed,
                           count(*) FILTER (WHERE e.status = 'in_progress' AND NOT ${overdue}) AS in_progress,
                           count(*) FILTER (WHERE e.status = 'assigned' AND NOT ${overdue}) AS not_started,
                           count(*) FILTER (WHERE ${overdue}) AS overdue,
                           count(*) FILTER (WHERE e.status = 'expired') AS expired,
                           sum(e.best_percent) AS best_sum, count(e.best_percent) AS best_count
                      FROM enrollment e
                     WHERE ${where.sql}
                     GROUP BY e.course_id, e.unit_id) cell
             GROUP BY GROUPING SETS ((cell.course_id), (cell.unit_id))) g
      LEFT JOIN course c ON c.id = g.course_id
      LEFT JOIN unit un ON un.id = g.unit_id
     ORDER BY g.grouping, "completionRate", c.title ->> 'pl', un.name, g.unit_id`;
  return { sql, params: where.params };
}

/** Who is late: the officer, unit, course, due date and whole days late, by lateness (most late first with `-daysLate`). */
export function overdueQuery(institutionId: string, scope: ReportScope, f: CourseUnitFilters, sort: OverdueSort = '-daysLate'): ListQuery {
  const where = new Conditions('e.institution_id', institutionId, scope, 'e.course_id')
    .add('e.course_id = $?', f.courseId)
    .add('e.unit_id = $?', f.unitId);
  const direction = sort === 'daysLate' ? 'DESC' : 'ASC';
  const sql = `
    SELECT e.id AS "enrollmentId", e.user_id AS "userId", u.full_name AS "fullName", u.email, e.unit_id AS "unitId", un.name AS "unitName",
           e.course_id AS "courseId", c.title AS "courseTitle", e.status, e.due_at AS "dueAt",
           floor(extract(epoch FROM now() - e.due_at) / 86400)::int AS "daysLate"
      FROM enrollment e
      LEFT JOIN "user" u ON u.id = e.user_id
      LEFT JOIN course c ON c.id = e.course_id
      LEFT JOIN unit un ON un.id = e.unit_id
     WHERE ${where.sql} AND ${overdueSql('e', 'now()')}
     ORDER BY e.due_at ${direction}, e.id ${direction}`;
  const count = `SELECT count(*)::int AS n FROM enrollment e WHERE ${where.sql} AND ${overdueSql('e', 'now()')}`;
  return { sql, params: where.params, count: { sql: count, params: where.params } };
}

export interface CertificateFilters {
  /** Valid certificates expiring within this many days from now. */
  expiringWithinDays: number;
  /** Also those already expired (by status or by date). */
  includeExpired?: boolean;
  courseId?: string;
}

/**
 * Certificates lapsing soon, soonest first; revoked ones never. `status` is
 * `expired` once the expiry has passed, also before the expiry job marks it.
 */
export function certificatesQuery(institutionId: string, scope: ReportScope, f: CertificateFilters): ListQuery {
  const where = new Conditions('ce.institution_id', institutionId, scope, 'ce.course_id').add('ce.course_id = $?', f.courseId);
  where.add(`ce.expires_at < now() + make_interval(days => $?)`, f.expiringWithinDays);
  const lapsed = `(ce.status = 'expired' OR ce.expires_at <= now())`;
  const condition = `${where.sql} AND ce.status <> 'revoked' AND ce.expires_at IS NOT NULL ${f.includeExpired ? '' : `AND NOT ${lapsed}`}`;
  const sql = `
    SELECT ce.id AS "certificateId", ce.user_id AS "userId", u.full_name AS "fullName", u.email, u.unit_id AS "unitId", un.name AS "unitName",
           ce.course_id AS "courseId", ce.course_title AS "courseTitle", ce.number, ce.issued_at AS "issuedAt", ce.expires_at AS "expiresAt",
           CASE WHEN ${lapsed} THEN 'expired' ELSE 'valid' END AS status,
           floor(extract(epoch FROM ce.expires_at - now()) / 86400)::int AS "daysLeft"
      FROM certificate ce
      LEFT JOIN "user" u ON u.id = ce.user_id
      LEFT JOIN unit un ON un.id = u.unit_id
     WHERE ${condition}
     ORDER BY ce.expires_at, ce.id`;
  return { sql, params: where.params, count: { sql: `SELECT count(*)::int AS n FROM certificate ce WHERE ${condition}`, params: where.params } };
}

/**
 * Competency results per question tag and unit, from the tally kept as attempts
 * are graded: questions answered, the share of their points earned, and the
 * share answered with at least half of the points ("passed"). Weakest first.
 */
export function competenciesQuery(institutionId: string, scope: ReportScope, f: CourseUnitFilters): SqlQuery {
  const where = new Conditions('t.institution_id', institutionId, scope, 't.course_id')
    .add('t.course_id = $?', f.courseId)
    .add('t.unit_id = $?', f.unitId);
  const sql = `
    SELECT g.tag, g.unit_id AS "unitId", un.name AS "unitName", g.answered::int AS "questionsAnswered",
           round(g.points / nullif(g.max_points, 0), 4)::float8 AS "averageScoreShare",
           round(g.passed::numeric / nullif(g.answered, 0), 4)::float8 AS "passShare"
      FROM (SELECT t.tag, t.unit_id, sum(t.answered) AS answered, sum(t.points) AS points, sum(t.max_points) AS max_points, sum(t.passed) AS passed
              FROM competency_tally t
             WHERE ${where.sql}
             GROUP BY t.tag, t.unit_id) g
      LEFT JOIN unit un ON un.id = g.unit_id
     WHERE g.answered > 0
     ORDER BY "averageScoreShare", "passShare", g.tag, un.name, g.unit_id`;
  return { sql, params: where.params };
}

/** A page of the list's rows. */
export function paged(query: ListQuery, limit: number, offset: number): SqlQuery {
  const n = query.params.length;
  return { sql: `${query.sql} LIMIT $${n + 1} OFFSET $${n + 2}`, params: [...query.params, limit, offset] };
}
