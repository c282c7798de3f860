import { overdueSql } from '../enrollments/overdue';
import type { Locale } from '../users/user.entity';
import type { ExportFilters, ExportKind } from './report-export.entity';

export type CellType = 'text' | 'number' | 'date';

/** One column of an export: the row's field (the SQL alias), how it is written, and its header in each language. */
export interface ExportColumn {
  key: string;
  type: CellType;
  label: Record<Locale, string>;
}

export interface ExportQuery {
  sql: string;
  params: unknown[];
  columns: ExportColumn[];
}

const col = (key: string, type: CellType, en: string, pl: string, uk: string): ExportColumn => ({ key, type, label: { en, pl, uk } });

const OFFICER = col('officer', 'text', 'Officer', 'Funkcjonariusz', 'Працівник');
const EMAIL = col('email', 'text', 'E-mail', 'E-mail', 'Електронна пошта');
const UNIT = col('unit', 'text', 'Unit', 'Jednostka', 'Підрозділ');
const COURSE = col('course', 'text', 'Course', 'Kurs', 'Курс');
const STATUS = col('status', 'text', 'Status', 'Status', 'Статус');
const DUE = col('due', 'date', 'Due', 'Termin', 'Термін');

/** Collects WHERE conditions with positional parameters, starting with the institution. */
class Conditions {
  readonly params: unknown[] = [];
  private readonly parts: string[] = [];

  /** `$?` in the condition is the next parameter; nothing is added for an absent value. */
  add(condition: string, value: unknown): this {
    if (value === undefined || value === null) return this;
    this.params.push(value);
    this.parts.push(condition.replace('$?', `$${this.params.length}`));
    return this;
  }

  /** A parameter used in the SELECT list (the locale of titles). */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  get sql(): string {
    return this.parts.join(' AND ');
  }
}

/** A localized jsonb title in the requester's language, else any other it has. */
const titleIn = (column: string, locale: string) => `coalesce(${column} ->> ${locale}, ${column} ->> 'pl', ${column} ->> 'en', ${column} ->> 'uk')`;

/**
 * The rows of one export kind for one institution, as a single SELECT whose
 * aliases are the columns' keys, in the order a coordinator reads them. The
 * `export` job runs it through a server-side cursor, so it is never held whole.
 */
export function exportQuery(kind: ExportKind, institutionId: string, filters: ExportFilters, locale: Locale): ExportQuery {
  return BUILDERS[kind](institutionId, filters, locale);
}

type Builder = (institutionId: string, f: ExportFilters, locale: Locale) => ExportQuery;

const BUILDERS: Record<ExportKind, Builder> = {
  /** One row per enrollment; `overdue` derived from the due date as GET /enrollments does. */
  completion(institutionId, f, locale) {
    const where = new Conditions().add('e.institution_id = $?', institutionId).add('e.course_id = $?', f.courseId).add('u.unit_id = $?', f.unitId);
    const lang = where.param(locale);
    return {
      sql: `
        SELECT u.full_name AS officer, u.email, un.name AS unit, ${titleIn('c.title', lang)} AS course,
               CASE WHEN ${overdueSql('e', 'now()')} THEN 'overdue' ELSE e.status END AS status,
               e.created_at AS assigned, e.due_at AS due, e.completed_at AS completed, best.score::float8 AS best_score
          FROM enrollment e
          JOIN "user" u ON u.id = e.user_id
          JOIN course c ON c.id = e.course_id
          LEFT JOIN unit un ON un.id = u.unit_id
          -- One pass over the scored progress rows (a lookup per enrollment took most of the time at 500,000).
          LEFT JOIN (SELECT enrollment_id, max(best_percent) AS score FROM module_progress WHERE best_percent IS NOT NULL GROUP BY enrollment_id) best
                 ON best.enrollment_id = e.id
         WHERE ${where.sql}
         ORDER BY un.name, u.full_name, e.id`,
      params: where.params,
      columns: [
        OFFICER,
        EMAIL,
        UNIT,
        COURSE,
        STATUS,
        col('assigned', 'date', 'Assigned', 'Przydzielono', 'Призначено'),
        DUE,
        col('completed', 'date', 'Completed', 'Ukończono', 'Завершено'),
        col('best_score', 'number', 'Best score (%)', 'Najlepszy wynik (%)', 'Найкращий результат (%)'),
      ],
    };
  },

  /** Who is late, most days late first. */
  overdue(institutionId, f, locale) {
    const where = new Conditions().add('e.institution_id = $?', institutionId).add('e.course_id = $?', f.courseId).add('u.unit_id = $?', f.unitId);
    const lang = where.param(locale);
    return {
      sql: `
        SELECT u.full_name AS officer, u.email, un.name AS unit, ${titleIn('c.title', lang)} AS course, e.status, e.due_at AS due,
               floor(extract(epoch FROM now() - e.due_at) / 86400)::int AS days_late
          FROM enrollment e
          JOIN "user" u ON u.id = e.user_id
          JOIN course c ON c.id = e.course_id
          LEFT JOIN unit un ON un.id = u.unit_id
         WHERE ${where.sql} AND ${overdueSql('e', 'now()')}
         ORDER BY e.due_at, e.id`,
      params: where.params,
      columns: [OFFICER, EMAIL, UNIT, COURSE, STATUS, DUE, col('days_late', 'number', 'Days late', 'Dni opóźnienia', 'Днів прострочення')],
    };
  },

  /** Certificates, soonest expiry first; `expired` also before the daily job marks it. */
  certificates(institutionId, f, locale) {
    const where = new Conditions()
      .add('ce.institution_id = $?', institutionId)
      .add('ce.course_id = $?', f.courseId)
      .add('u.unit_id = $?', f.unitId)
      .add(`ce.status <> 'revoked' AND ce.expires_at < now() + make_interval(days => $?)`, f.expiringWithinDays);
    const lang = where.param(locale);
    return {
      sql: `
        SELECT u.full_name AS officer, u.email, un.name AS unit, ${titleIn('ce.course_title', lang)} AS course, ce.number,
               ce.issued_at AS issued, ce.expires_at AS expires,
               CASE WHEN ce.status = 'valid' AND ce.expires_at <= now() THEN 'expired' ELSE ce.status END AS status
          FROM certificate ce
          JOIN "user" u ON u.id = ce.user_id
          LEFT JOIN unit un ON un.id = u.unit_id
         WHERE ${where.sql}
         ORDER BY ce.expires_at NULLS LAST, ce.id`,
      params: where.params,
      columns: [
        OFFICER,
        EMAIL,
        UNIT,
        COURSE,
        col('number', 'text', 'Certificate number', 'Numer zaświadczenia', 'Номер сертифіката'),
        col('issued', 'date', 'Issued', 'Wydano', 'Видано'),
        col('expires', 'date', 'Expires', 'Ważne do', 'Дійсний до'),
        STATUS,
      ],
    };
  },

  /**
   * Per question tag and unit, from graded attempts: questions answered, the share
   * of points earned, and the share answered with at least half the points. Weakest first.
   */
  competencies(institutionId, f) {
    const where = new Conditions().add('e.institution_id = $?', institutionId).add('e.course_id = $?', f.courseId).add('u.unit_id = $?', f.unitId);
    return {
      sql: `
        SELECT r.tag, un.name AS unit, count(*)::int AS answered,
               round(sum(r.points) / nullif(sum(r.max_points), 0), 4)::float8 AS score_share,
               round(avg(CASE WHEN r.points * 2 >= r.max_points THEN 1 ELSE 0 END), 4)::float8 AS pass_share
          FROM (SELECT u.unit_id, tag, (res ->> 'points')::numeric AS points, (res ->> 'maxPoints')::numeric AS max_points
                  FROM attempt a
                  JOIN enrollment e ON e.id = a.enrollment_id
                  JOIN "user" u ON u.id = e.user_id
                  CROSS JOIN LATERAL jsonb_array_elements(a.results) res
                  JOIN question q ON q.id = (res ->> 'questionId')::uuid
                  CROSS JOIN LATERAL unnest(q.tags) tag
                 WHERE ${where.sql} AND a.status = 'graded' AND (res ->> 'maxPoints')::numeric > 0) r
          LEFT JOIN unit un ON un.id = r.unit_id
         GROUP BY r.tag, r.unit_id, un.name
         ORDER BY score_share, pass_share, r.tag, un.name`,
      params: where.params,
      columns: [
        col('tag', 'text', 'Competency', 'Kompetencja', 'Компетенція'),
        UNIT,
        col('answered', 'number', 'Questions answered', 'Udzielone odpowiedzi', 'Відповідей'),
        col('score_share', 'number', 'Average score share', 'Średni udział punktów', 'Середня частка балів'),
        col('pass_share', 'number', 'Pass share', 'Odsetek zaliczonych', 'Частка зарахованих'),
      ],
    };
  },

  /** One row per attempt, by officer, course and attempt. */
  transcripts(institutionId, f, locale) {
    const where = new Conditions().add('e.institution_id = $?', institutionId).add('e.course_id = $?', f.courseId).add('u.unit_id = $?', f.unitId);
    const lang = where.param(locale);
    return {
      sql: `
        SELECT u.full_name AS officer, u.email, un.name AS unit, ${titleIn('c.title', lang)} AS course, a.number AS attempt, a.status,
               a.started_at AS started, a.submitted_at AS submitted, a.graded_at AS graded, a.percent::float8 AS percent, a.passed::text AS passed
          FROM attempt a
          JOIN enrollment e ON e.id = a.enrollment_id
          JOIN "user" u ON u.id = e.user_id
          JOIN course c ON c.id = e.course_id
          LEFT JOIN unit un ON un.id = u.unit_id
         WHERE ${where.sql}
         ORDER BY u.full_name, u.id, course, a.started_at, a.id`,
      params: where.params,
      columns: [
        OFFICER,
        EMAIL,
        UNIT,
        COURSE,
        col('attempt', 'number', 'Attempt', 'Podejście', 'Спроба'),
        STATUS,
        col('started', 'date', 'Started', 'Rozpoczęto', 'Розпочато'),
        col('submitted', 'date', 'Submitted', 'Oddano', 'Здано'),
        col('graded', 'date', 'Graded', 'Oceniono', 'Оцінено'),
        col('percent', 'number', 'Score (%)', 'Wynik (%)', 'Результат (%)'),
        col('passed', 'text', 'Passed', 'Zaliczono', 'Зараховано'),
      ],
    };
  },
};
