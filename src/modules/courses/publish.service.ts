import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import type { FieldError } from '../../common/errors/domain-error';
import { DomainError } from '../../common/errors/domain-error';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { Question } from '../questions/question.entity';
import { QuestionBank } from '../questions/question-bank.entity';
import { CourseModule } from './course-module.entity';
import { CourseSnapshot, SnapshotModule, SnapshotQuestion } from './course-snapshot';
import { CourseVersion } from './course-version.entity';
import { Course } from './course.entity';
import { CoursesService } from './courses.service';

/** What a publish did to the enrollments of earlier versions, and what the author should know. */
export interface PublishOutcome {
  version: CourseVersion;
  enrollmentsMoved: { notStarted: number; inProgress: number };
  /** Left on their version: in progress (without moveInProgress) and completed. */
  enrollmentsKept: { inProgress: number; completed: number };
  warnings: PublishWarning[];
}

export interface PublishWarning {
  code: 'no-quiz';
  message: string;
}

/**
 * Publishing freezes the draft — modules, quiz settings, the questions with their
 * answer keys, and every candidate of every random draw — into the next numbered,
 * immutable course version. A course that cannot be taken is refused with the
 * list of what is missing.
 *
 * Enrollments of earlier versions that have nothing to lose — no attempt, no module
 * completed — move to the new version; with `moveInProgress` so do those under way,
 * keeping the progress of lessons the new version still has (their quiz progress starts
 * again: attempts stay pinned to the version they were taken on). A completed or expired
 * enrollment never moves. Each move is an audit event the enrollment's institution can read.
 */
@Injectable()
export class PublishService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly courses: CoursesService,
    private readonly audit: AuditService,
  ) {}

  async publish(actor: Actor, courseId: string, options: { moveInProgress?: boolean } = {}): Promise<PublishOutcome> {
    return this.dataSource.transaction(async (em) => {
      const course = await this.courses.lockForEdit(em, actor, courseId);
      this.courses.assertNotArchived(course);
      const modules = await em.find(CourseModule, { where: { courseId }, order: { position: 'ASC' } });
      const snapshot = await buildSnapshot(em, course, modules);
      const version = await em.save(
        em.create(CourseVersion, { courseId, version: course.currentVersion + 1, snapshot, publishedBy: actor.id, publishedAt: new Date() }),
      );
      await em.update(Course, { id: courseId }, { currentVersion: version.version, publishedAt: version.publishedAt });
      const moves = await moveEnrollments(em, actor, version, options.moveInProgress ?? false);
      const warnings: PublishWarning[] = snapshot.modules.some((m) => m.quiz)
        ? []
        : [{ code: 'no-quiz', message: 'The course has no quiz: an officer who opens every lesson receives a certificate without any test' }];
      await this.audit.record(em, {
        actorId: actor.id,
        action: 'course.published',
        entityType: 'course',
        entityId: courseId,
        after: { version: version.version, modules: modules.length, moveInProgress: options.moveInProgress ?? false, ...moves, warnings: warnings.map((w) => w.code) },
      });
      return { version, ...moves, warnings };
    });
  }
}

/**
 * Moves the enrollments of earlier versions that may move (see PublishService) to `version`, in
 * a few statements however many there are, and writes one `enrollment.version_moved` audit event each.
 * The enrollment rows are locked first, so a lesson completed at the same moment is either seen or waits.
 */
async function moveEnrollments(em: EntityManager, actor: Actor, version: CourseVersion, moveInProgress: boolean): Promise<Omit<PublishOutcome, 'version' | 'warnings'>> {
  const rows: { id: string; course_version: number; institution_id: string | null; status: string; started: boolean }[] = await em.query(
    `SELECT e.id, e.course_version, e.institution_id, e.status,
            (EXISTS (SELECT FROM attempt a WHERE a.enrollment_id = e.id)
             OR EXISTS (SELECT FROM module_progress p WHERE p.enrollment_id = e.id AND p.status = 'completed')) AS started
       FROM enrollment e
      WHERE e.course_id = $1 AND e.course_version < $2 AND e.status <> 'expired'
      ORDER BY e.id
        FOR UPDATE`,
    [version.courseId, version.version],
  );
  const movable = rows.filter((r) => r.status !== 'completed' && (!r.started || moveInProgress));
  const outcome = {
    enrollmentsMoved: { notStarted: movable.filter((r) => !r.started).length, inProgress: movable.filter((r) => r.started).length },
    enrollmentsKept: { inProgress: rows.filter((r) => r.status !== 'completed' && r.started && !moveInProgress).length, completed: rows.filter((r) => r.status === 'completed').length },
  };
  if (movable.length === 0) return outcome;
  const ids = movable.map((r) => r.id);
  // Kept: the progress of lessons the new version still has. Quiz progress follows from attempts on the new version.
  const keptLessons = version.snapshot.modules.filter((m) => m.kind === 'lesson').map((m) => m.id);
  await em.query(`DELETE FROM module_progress WHERE enrollment_id = ANY($1::uuid[]) AND module_id <> ALL($2::uuid[])`, [ids, keptLessons]);
  await em.query(`UPDATE enrollment SET course_version = $2, updated_at = now() WHERE id = ANY($1::uuid[])`, [ids, version.version]);
  await em.query(
    `INSERT INTO audit_event (actor_id, action, entity_type, entity_id, institution_id, before, after)
     SELECT $1, 'enrollment.version_moved', 'enrollment', m.id::text, m.institution_id,
            jsonb_build_object('courseVersion', m.course_version),
            jsonb_build_object('courseId', $2::uuid, 'courseVersion', $3::int, 'inProgress', m.started)
       FROM unnest($4::uuid[], $5::uuid[], $6::int[], $7::boolean[]) AS m(id, institution_id, course_version, started)`,
    [actor.id, version.courseId, version.version, ids, movable.map((r) => r.institution_id), movable.map((r) => r.course_version), movable.map((r) => r.started)],
  );
  return outcome;
}

async function buildSnapshot(em: EntityManager, course: Course, modules: CourseModule[]): Promise<CourseSnapshot> {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field, messages: [message] });
  if (modules.length === 0) fail('modules', 'a course needs at least one module');

  const fixedIds = modules.flatMap((m) => m.quiz?.questionIds ?? []);
  const fixed = new Map((fixedIds.length ? await em.findBy(Question, { id: In(fixedIds) }) : []).map((q) => [q.id, q]));
  const bankIds = modules.flatMap((m) => m.quiz?.draws.map((d) => d.bankId) ?? []);
  const banks = new Map((bankIds.length ? await em.findBy(QuestionBank, { id: In(bankIds) }) : []).map((b) => [b.id, b]));

  const snapshotModules: SnapshotModule[] = [];
  for (const [i, m] of modules.entries()) {
    const base: SnapshotModule = { id: m.id, kind: m.kind, position: m.position, title: m.title, media: m.media, minStudySeconds: m.minStudySeconds };
    if (m.body) base.body = m.body;
    if (m.kind === 'lesson') {
      if (!m.body?.pl.trim()) fail(`modules[${i}].body`, `the lesson "${m.title.pl}" has no text`);
      snapshotModules.push(base);
      continue;
    }
    const { questionIds, draws, ...settings } = m.quiz!;
    if (questionIds.length === 0 && draws.length === 0) fail(`modules[${i}].quiz`, `the quiz "${m.title.pl}" has no questions`);
    const questions = questionIds.flatMap((id, j) => {
      const q = fixed.get(id);
      if (!q) fail(`modules[${i}].quiz.questionIds[${j}]`, `question ${id} no longer exists`);
      return q ? [frozen(q)] : [];
    });
    const snapshotDraws = [];
    for (const [j, draw] of draws.entries()) {
      const candidates = await em
        .getRepository(Question)
        .createQueryBuilder('q')
        .where('q.bankId = :bankId', { bankId: draw.bankId })
        .andWhere(draw.tag ? ':tag = ANY(q.tags)' : 'TRUE', { tag: draw.tag })
        .orderBy('q.seq')
        .getMany();
      if (candidates.length < draw.count) {
        const bank = banks.get(draw.bankId)?.name ?? draw.bankId;
        const which = draw.tag ? `questions tagged "${draw.tag}"` : 'questions';
        fail(`modules[${i}].quiz.draws[${j}]`, `the bank "${bank}" has ${candidates.length} ${which}; the draw needs ${draw.count}`);
      }
      snapshotDraws.push({ ...draw, candidates: candidates.map(frozen) });
    }
    snapshotModules.push({ ...base, quiz: { ...settings, questions, draws: snapshotDraws } });
  }

  if (errors.length > 0) {
    throw new DomainError('course-not-publishable', 'The course cannot be published yet', { errors });
  }
  return {
    title: course.title,
    description: course.description,
    audience: course.audience,
    certificateValidityMonths: course.certificateValidityMonths,
    modules: snapshotModules,
  };
}

const frozen = (q: Question): SnapshotQuestion => ({ ...q.definition, id: q.id, version: q.version });
