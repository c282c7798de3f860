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

/**
 * Publishing freezes the draft — modules, quiz settings, the questions with their
 * answer keys, and every candidate of every random draw — into the next numbered,
 * immutable course version. A course that cannot be taken is refused with the
 * list of what is missing.
 */
@Injectable()
export class PublishService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly courses: CoursesService,
    private readonly audit: AuditService,
  ) {}

  async publish(actor: Actor, courseId: string): Promise<CourseVersion> {
    return this.dataSource.transaction(async (em) => {
      const course = await this.courses.lockForEdit(em, actor, courseId);
      this.courses.assertNotArchived(course);
      const modules = await em.find(CourseModule, { where: { courseId }, order: { position: 'ASC' } });
      const snapshot = await buildSnapshot(em, course, modules);
      const version = await em.save(
        em.create(CourseVersion, { courseId, version: course.currentVersion + 1, snapshot, publishedBy: actor.id, publishedAt: new Date() }),
      );
      await em.update(Course, { id: courseId }, { currentVersion: version.version, publishedAt: version.publishedAt });
      await this.audit.record(em, {
        actorId: actor.id,
        action: 'course.published',
        entityType: 'course',
        entityId: courseId,
        after: { version: version.version, modules: modules.length },
      });
      return version;
    });
  }
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
