import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { pageOf } from '../../common/http/pagination';
import { DomainError } from '../../common/errors/domain-error';
import { AccessPolicy } from '../access/access-policy';
import { Actor } from '../access/actor';
import type { Assignment } from '../assignments/assignment.entity';
import { CourseVersionsService } from '../courses/course-versions.service';
import { EnrollmentListQuery } from './dto/enrollment.dto';
import { EnrollmentListItem, LessonCompletionView, enrollmentDetailView, enrollmentView, moduleContentView } from './dto/enrollment.view';
import { Enrollment } from './enrollment.entity';
import { ModuleProgress } from './module-progress.entity';
import { overdueSql } from './overdue';
import { ProgressService } from './progress.service';

const SCOPE_COLUMNS = { institution: 'e.institution_id', user: 'e.user_id', course: 'e.course_id' };

/** Who is enrolled: officers who are active (institution admins, trainers and admins are never trainees). */
const TRAINEE = `u.role = 'officer' AND u.active`;

/**
 * Enrollments: creating them for an assignment or for people who join a unit or
 * institution later, reading them within the caller's scope, and the trainee's
 * own progress through lessons. Every write locks the enrollment row first.
 */
@Injectable()
export class EnrollmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly versions: CourseVersionsService,
    private readonly progress: ProgressService,
  ) {}

  /**
   * Enrolls the trainees an assignment targets, pinned to `courseVersion`. A person
   * who already has an active enrollment in the course is passed over — also when a
   * concurrent transaction enrolls them at the same moment (the partial unique index
   * decides). Returns how many enrollments were created.
   */
  async enrollForAssignment(em: EntityManager, assignment: Assignment, courseVersion: number): Promise<number> {
    const [target, params] =
      assignment.target === 'users'
        ? [`u.id = ANY($5::uuid[])`, [assignment.userIds]]
        : assignment.target === 'unit'
          ? [`u.unit_id = $5 AND u.institution_id = $6`, [assignment.unitId, assignment.institutionId]]
          : [`u.institution_id = $5`, [assignment.institutionId]];
    const created: { id: string }[] = await em.query(
      `INSERT INTO enrollment (user_id, course_id, course_version, assignment_id, institution_id, status, due_at)
       SELECT u.id, $1, $2, $3, u.institution_id, 'assigned', $4
         FROM "user" u
        WHERE ${TRAINEE} AND ${target}
        ORDER BY u.id
       ON CONFLICT (user_id, course_id) WHERE status <> 'expired' DO NOTHING
       RETURNING id`,
      [assignment.courseId, courseVersion, assignment.id, assignment.dueAt, ...params],
    );
    return created.length;
  }

  /**
   * Later joiners: enrolls the given people in the standing assignments (to a unit
   * or a whole institution) of the unit and institution they now belong to. Call it
   * in the transaction that creates, moves or reactivates them. Only trainees
   * (active officers) are enrolled, in courses still published, not archived and
   * meant for their institution's type, pinned to the course's current version.
   * The due date is the assignment's, or — when that has passed — as long after
   * joining as the assignment originally gave. When several standing assignments
   * name the same course, the newest counts. Returns the enrollments created.
   */
  async enrollInStandingAssignments(em: EntityManager, userIds: string[]): Promise<{ id: string; userId: string; courseId: string }[]> {
    if (userIds.length === 0) return [];
    const rows: { id: string; user_id: string; course_id: string }[] = await em.query(
      `INSERT INTO enrollment (user_id, course_id, course_version, assignment_id, institution_id, status, due_at)
       SELECT DISTINCT ON (u.id, a.course_id)
              u.id, a.course_id, c.current_version, a.id, u.institution_id, 'assigned',
              CASE WHEN a.due_at > now() THEN a.due_at ELSE now() + (a.due_at - a.created_at) END
         FROM "user" u
         JOIN institution i ON i.id = u.institution_id
         JOIN assignment a ON a.target <> 'users' AND a.institution_id = u.institution_id AND (a.unit_id IS NULL OR a.unit_id = u.unit_id)
         JOIN course c ON c.id = a.course_id AND c.current_version > 0 AND c.archived_at IS NULL
         JOIN course_version cv ON cv.course_id = c.id AND cv.version = c.current_version
        WHERE u.id = ANY($1::uuid[]) AND ${TRAINEE} AND (cv.snapshot -> 'audience') @> to_jsonb(i.type)
        ORDER BY u.id, a.course_id, a.created_at DESC, a.id
       ON CONFLICT (user_id, course_id) WHERE status <> 'expired' DO NOTHING
       RETURNING id, user_id, course_id`,
      [userIds],
    );
    return rows.map((r) => ({ id: r.id, userId: r.user_id, courseId: r.course_id }));
  }

  async list(actor: Actor, query: EnrollmentListQuery) {
    const now = new Date();
    const qb = this.dataSource.getRepository(Enrollment).createQueryBuilder('e');
    this.policy.apply(qb, this.policy.scope(actor, 'enrollment', 'read'), SCOPE_COLUMNS);
    if (query.courseId) qb.andWhere('e.courseId = :courseId', { courseId: query.courseId });
    if (query.userId) qb.andWhere('e.userId = :userId', { userId: query.userId });
    if (query.unitId) qb.andWhere('EXISTS (SELECT 1 FROM "user" f WHERE f.id = e.user_id AND f.unit_id = :unitId)', { unitId: query.unitId });
    switch (query.status) {
      case 'overdue':
        qb.andWhere(overdueSql('e', ':now'), { now });
        break;
      case 'assigned':
      case 'in_progress':
        qb.andWhere('e.status = :status AND e.dueAt >= :now', { status: query.status, now });
        break;
      case 'completed':
      case 'expired':
        qb.andWhere('e.status = :status', { status: query.status });
        break;
    }
    const [rows, total] = await qb.orderBy('e.dueAt', 'ASC').addOrderBy('e.id').skip(query.offset).take(query.limit).getManyAndCount();
    // How far each is, for the whole page in one statement.
    const completed: { enrollment_id: string; n: number }[] = rows.length
      ? await this.dataSource.query(
          `SELECT enrollment_id, count(*)::int AS n FROM module_progress WHERE enrollment_id = ANY($1::uuid[]) AND status = 'completed' GROUP BY enrollment_id`,
          [rows.map((e) => e.id)],
        )
      : [];
    const completedOf = new Map(completed.map((r) => [r.enrollment_id, r.n]));
    const whose = await this.whose(actor, rows);
    const items: EnrollmentListItem[] = [];
    for (const e of rows) {
      const snapshot = await this.versions.snapshot(e.courseId, e.courseVersion);
      items.push({
        ...enrollmentView(e, now, snapshot.title),
        modulesTotal: snapshot.modules.length,
        modulesCompleted: completedOf.get(e.id) ?? 0,
        ...whose.get(e.userId),
      });
    }
    return pageOf(items, total, query);
  }

  /**
   * The name and current unit of each enrolled officer, for the page in one statement.
   * Trainers get none: they see their courses' figures, not lists of officers.
   */
  private async whose(actor: Actor, rows: Enrollment[]): Promise<Map<string, Pick<EnrollmentListItem, 'officerName' | 'unit'>>> {
    if (actor.role === 'trainer' || rows.length === 0) return new Map();
    const people: { id: string; full_name: string; unit_id: string | null; unit_name: string | null }[] = await this.dataSource.query(
      `SELECT u.id, u.full_name, n.id AS unit_id, n.name AS unit_name FROM "user" u LEFT JOIN unit n ON n.id = u.unit_id WHERE u.id = ANY($1::uuid[])`,
      [[...new Set(rows.map((e) => e.userId))]],
    );
    return new Map(people.map((p) => [p.id, { officerName: p.full_name, unit: p.unit_id ? { id: p.unit_id, name: p.unit_name! } : null }]));
  }

  /** The enrollment with the pinned version's modules and the trainee's progress in each. */
  async get(actor: Actor, id: string) {
    const qb = this.dataSource.getRepository(Enrollment).createQueryBuilder('e').where('e.id = :id', { id });
    const enrollment = await this.policy.apply(qb, this.policy.scope(actor, 'enrollment', 'read'), SCOPE_COLUMNS).getOne();
    if (!enrollment) throw new DomainError('enrollment-not-found', 'Enrollment not found');
    const snapshot = await this.versions.snapshot(enrollment.courseId, enrollment.courseVersion);
    const progress = await this.dataSource.getRepository(ModuleProgress).findBy({ enrollmentId: id });
    return enrollmentDetailView(enrollment, new Date(), snapshot, progress);
  }

  /**
   * The enrolled trainee opens a module. A lesson answers its content and is marked
   * started (its minimum study time counts from the first opening); a quiz answers
   * its public settings only. Nobody else reaches this (404).
   */
  async openModule(actor: Actor, id: string, moduleId: string) {
    return this.dataSource.transaction(async (em) => {
      const enrollment = await this.lockOwn(em, actor, id);
      const module = await this.moduleOf(em, enrollment, moduleId);
      if (module.kind === 'lesson' && enrollment.status !== 'expired') {
        await this.progress.markStarted(em, enrollment, moduleId);
      }
      const progress = await em.findOneBy(ModuleProgress, { enrollmentId: id, moduleId });
      return moduleContentView(id, module, progress ?? undefined);
    });
  }

  /**
   * The enrolled trainee completes a lesson, once its minimum study time has passed
   * since it was first opened. Completing it again changes nothing. When it was the
   * last module, the enrollment completes and its certificate is requested (once:
   * the enrollment's row lock serialises concurrent completions).
   */
  async completeLesson(actor: Actor, id: string, moduleId: string) {
    return this.dataSource.transaction(async (em) => {
      const enrollment = await this.lockOwn(em, actor, id);
      if (enrollment.status === 'expired') {
        throw new DomainError('enrollment-expired', 'The enrollment has expired; it accepts no more progress');
      }
      const module = await this.moduleOf(em, enrollment, moduleId);
      if (module.kind !== 'lesson') {
        throw new DomainError('not-a-lesson', 'A quiz is completed by passing it, not by marking it complete');
      }
      const [row]: { status: string; elapsed: number | null }[] = await em.query(
        `SELECT status, extract(epoch FROM now() - started_at)::float8 AS elapsed FROM module_progress WHERE enrollment_id = $1 AND module_id = $2`,
        [id, moduleId],
      );
      if (row?.status !== 'completed') {
        if (row?.elapsed == null) {
          throw new DomainError('min-study-time', 'Open the lesson before completing it', {
            minStudySeconds: module.minStudySeconds,
            retryAfterSeconds: module.minStudySeconds,
          });
        }
        if (row.elapsed < module.minStudySeconds) {
          const wait = Math.max(1, Math.ceil(module.minStudySeconds - row.elapsed));
          throw new DomainError('min-study-time', `The lesson needs ${module.minStudySeconds} seconds of study; ${wait} to go`, {
            minStudySeconds: module.minStudySeconds,
            retryAfterSeconds: wait,
          });
        }
        await this.progress.completeLesson(em, enrollment, moduleId);
      }
      const completion: LessonCompletionView = { enrollmentId: id, moduleId, status: 'completed', enrollmentStatus: enrollment.status };
      return completion;
    });
  }

  /** The caller's own enrollment, locked for the transaction (404 for anyone else's). */
  private async lockOwn(em: EntityManager, actor: Actor, id: string): Promise<Enrollment> {
    const qb = em.getRepository(Enrollment).createQueryBuilder('e').setLock('pessimistic_write').where('e.id = :id', { id });
    const enrollment = await this.policy.apply(qb, this.policy.scope(actor, 'enrollment', 'take'), SCOPE_COLUMNS).getOne();
    if (!enrollment) throw new DomainError('enrollment-not-found', 'Enrollment not found');
    return enrollment;
  }

  private async moduleOf(em: EntityManager, enrollment: Enrollment, moduleId: string) {
    const module = await this.versions.module(enrollment.courseId, enrollment.courseVersion, moduleId, em);
    if (!module) throw new DomainError('module-not-found', 'Module not found in this course version');
    return module;
  }
}
