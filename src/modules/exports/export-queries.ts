import { overdueSql } from '../enrollments/overdue';
import { certificatesQuery, competenciesQuery, overdueQuery, type SqlQuery } from '../reports/report-queries';
import type { Locale } from '../users/user.entity';
import type { ExportFilters, ExportKind } from './report-export.entity';

/** `title`: a localized jsonb title ({pl, en, uk}), written in the requester's language. */
export type CellType = 'text' | 'number' | 'date' | 'title';

/** One column of an export: the row's field (the SQL alias), how it is written, and its header in each language. */
export interface ExportColumn {
  key: string;
  type: CellType;
  label: Record<Locale, string>;
}

export interface ExportQuery extends SqlQuery {
  columns: ExportColumn[];
}

/** The reports' own queries, for an institution admin's or an admin's view of the whole institution. */
const WHOLE_INSTITUTION = { kind: 'institution' } as const;
/** "Every certificate with an expiry date" where the reports ask for a window. */
const ALL_EXPIRIES_DAYS = 36_500;

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
 * aliases include the columns' keys. Overdue, certificates and competencies are
 * the reports' own queries (src/modules/reports/report-queries.ts), so an export
 * holds what the report shows; completion (one row per enrollment) and transcripts
 * (one row per attempt) are rows the reports only count. The `export` job runs
 * the query through a server-side cursor, so it is never held whole.
 */
export function exportQuery(kind: ExportKind, institutionId: string, filters: ExportFilters, locale: Locale): ExportQuery {
  return BUILDERS[kind](institutionId, filters, locale);
}

type Builder = (institutionId: string, f: ExportFilters, locale: Locale) => ExportQuery;

const BUILDERS: Record<ExportKind, Builder> = {
  /** One row per enrollment; `overdue` derived from the due date as GET /enrollments does. */
  completion(institutionId, f, locale) {
    const where = new Conditions().add('e.institution_id = $?', institutionId).add('e.course_id = $?', f.courseId).add('e.unit_id = $?', f.unitId);
    const lang = where.param(locale);
    return {
      sql: `
        SELECT u.full_name AS officer, u.email, un.name AS unit, ${titleIn('c.title', lang)} AS course,
               CASE WHEN ${overdueSql('e', 'now()')} THEN 'overdue' ELSE e.status END AS status,
               e.created_at AS assigned, e.due_at AS due, e.completed_at AS completed, e.best_percent::float8 AS best_score
          FROM enrollment e
          JOIN "user" u ON u.id = e.user_id
          JOIN course c ON c.id = e.course_id
          LEFT JOIN unit un ON un.id = e.unit_id
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

  /** Who is late, most days late first: the overdue report's rows. */
  overdue(institutionId, f) {
    return {
      ...overdueQuery(institutionId, WHOLE_INSTITUTION, f),
      columns: [
        { ...OFFICER, key: 'fullName' },
        EMAIL,
        { ...UNIT, key: 'unitName' },
        { ...COURSE, key: 'courseTitle', type: 'title' },
        STATUS,
        { ...DUE, key: 'dueAt' },
        col('daysLate', 'number', 'Days late', 'Dni opóźnienia', 'Днів прострочення'),
      ],
    };
  },

  /**
   * The certificates report's rows, soonest expiry first: those lapsing within
   * `expiringWithinDays` (default: every one with an expiry date), expired ones included.
   */
  certificates(institutionId, f) {
    return {
      ...certificatesQuery(institutionId, WHOLE_INSTITUTION, {
        expiringWithinDays: f.expiringWithinDays ?? ALL_EXPIRIES_DAYS,
        includeExpired: true,
        courseId: f.courseId,
      }),
      columns: [
        { ...OFFICER, key: 'fullName' },
        EMAIL,
        { ...UNIT, key: 'unitName' },
        { ...COURSE, key: 'courseTitle', type: 'title' },
        col('number', 'text', 'Certificate number', 'Numer zaświadczenia', 'Номер сертифіката'),
        col('issuedAt', 'date', 'Issued', 'Wydano', 'Видано'),
        col('expiresAt', 'date', 'Expires', 'Ważne do', 'Дійсний до'),
        STATUS,
        col('daysLeft', 'number', 'Days left', 'Pozostało dni', 'Залишилось днів'),
      ],
    };
  },

  /** The competency results per question tag and unit, weakest first. */
  competencies(institutionId, f) {
    return {
      ...competenciesQuery(institutionId, WHOLE_INSTITUTION, f),
      columns: [
        col('tag', 'text', 'Competency', 'Kompetencja', 'Компетенція'),
        { ...UNIT, key: 'unitName' },
        col('questionsAnswered', 'number', 'Questions answered', 'Udzielone odpowiedzi', 'Відповідей'),
        col('averageScoreShare', 'number', 'Average score share', 'Średni udział punktów', 'Середня частка балів'),
        col('passShare', 'number', 'Pass share', 'Odsetek zaliczonych', 'Частка зарахованих'),
      ],
    };
  },

  /** One row per attempt, by officer, course and attempt. */
  transcripts(institutionId, f, locale) {
    const where = new Conditions().add('e.institution_id = $?', institutionId).add('e.course_id = $?', f.courseId).add('e.unit_id = $?', f.unitId);
    const lang = where.param(locale);
    return {
      sql: `
        SELECT u.full_name AS officer, u.email, un.name AS unit, ${titleIn('c.title', lang)} AS course, a.number AS attempt, a.status,
               a.started_at AS started, a.submitted_at AS submitted, a.graded_at AS graded, a.percent::float8 AS percent, a.passed::text AS passed
          FROM attempt a
          JOIN enrollment e ON e.id = a.enrollment_id
          JOIN "user" u ON u.id = e.user_id
          JOIN course c ON c.id = e.course_id
          LEFT JOIN unit un ON un.id = e.unit_id
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
