import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import { ValidationProblem } from '../../common/errors/domain-error';
import { Actor } from '../access/actor';
import { Question } from '../questions/question.entity';
import { QuestionBank } from '../questions/question-bank.entity';
import { CourseModule, QuizSettings, SAFE_REVIEW_TIMING } from './course-module.entity';
import { CoursesService } from './courses.service';
import { CreateModuleDto, UpdateModuleDto } from './dto/course.dto';

/** Modules of a course draft: lessons and quizzes, kept in a gap-free 1..n order. */
@Injectable()
export class CourseModulesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly courses: CoursesService,
  ) {}

  async create(actor: Actor, courseId: string, dto: CreateModuleDto): Promise<CourseModule> {
    if (dto.kind === 'quiz' && !dto.quiz) throw new ValidationProblem([{ field: 'quiz', messages: ['a quiz needs its settings'] }]);
    if (dto.kind === 'lesson' && dto.quiz) throw new ValidationProblem([{ field: 'quiz', messages: ['a lesson has no quiz settings'] }]);
    return this.dataSource.transaction(async (em) => {
      await this.courses.lockForEdit(em, actor, courseId);
      const quiz = dto.quiz ? normalizeQuiz(dto.quiz) : null;
      if (quiz) await assertQuizReferences(em, quiz);
      const count = await em.countBy(CourseModule, { courseId });
      const position = Math.min(dto.position ?? count + 1, count + 1);
      await em.query(`UPDATE course_module SET position = position + 1 WHERE course_id = $1 AND position >= $2`, [courseId, position]);
      const saved = await em.save(
        em.create(CourseModule, {
          courseId,
          kind: dto.kind,
          position,
          title: dto.title,
          body: dto.body ?? null,
          media: dto.media ?? [],
          minStudySeconds: dto.minStudySeconds ?? 0,
          quiz,
        }),
      );
      await this.courses.touchDraft(em, courseId);
      return saved;
    });
  }

  async update(actor: Actor, courseId: string, moduleId: string, dto: UpdateModuleDto): Promise<CourseModule> {
    return this.dataSource.transaction(async (em) => {
      await this.courses.lockForEdit(em, actor, courseId);
      const module = await this.find(em, courseId, moduleId);
      if (dto.quiz && module.kind !== 'quiz') throw new ValidationProblem([{ field: 'quiz', messages: ['a lesson has no quiz settings'] }]);
      if (dto.quiz) {
        module.quiz = normalizeQuiz({ ...module.quiz!, ...dto.quiz });
        await assertQuizReferences(em, module.quiz);
      }
      if (dto.position !== undefined && dto.position !== module.position) {
        await this.move(em, module, dto.position);
      }
      Object.assign(module, {
        title: dto.title ?? module.title,
        body: dto.body ?? module.body,
        media: dto.media ?? module.media,
        minStudySeconds: dto.minStudySeconds ?? module.minStudySeconds,
      });
      const saved = await em.save(module);
      await this.courses.touchDraft(em, courseId);
      return saved;
    });
  }

  async remove(actor: Actor, courseId: string, moduleId: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      await this.courses.lockForEdit(em, actor, courseId);
      const module = await this.find(em, courseId, moduleId);
      await em.delete(CourseModule, { id: moduleId });
      await em.query(`UPDATE course_module SET position = position - 1 WHERE course_id = $1 AND position > $2`, [courseId, module.position]);
      await this.courses.touchDraft(em, courseId);
    });
  }

  /** Moves a module to `target` (clamped to 1..n), shifting the ones in between. */
  private async move(em: EntityManager, module: CourseModule, target: number): Promise<void> {
    const count = await em.countBy(CourseModule, { courseId: module.courseId });
    const to = Math.max(1, Math.min(target, count));
    if (to < module.position) {
      await em.query(`UPDATE course_module SET position = position + 1 WHERE course_id = $1 AND position >= $2 AND position < $3`, [module.courseId, to, module.position]);
    } else {
      await em.query(`UPDATE course_module SET position = position - 1 WHERE course_id = $1 AND position > $2 AND position <= $3`, [module.courseId, module.position, to]);
    }
    module.position = to;
  }

  private async find(em: EntityManager, courseId: string, moduleId: string): Promise<CourseModule> {
    const module = await em.findOneBy(CourseModule, { id: moduleId, courseId });
    if (!module) throw new DomainError('module-not-found', 'Module not found');
    return module;
  }
}

function normalizeQuiz(quiz: Partial<QuizSettings> & Omit<QuizSettings, 'questionIds' | 'draws' | 'timeLimitSeconds' | 'reviewAfter'>): QuizSettings {
  return {
    passMarkPercent: quiz.passMarkPercent,
    maxAttempts: quiz.maxAttempts,
    timeLimitSeconds: quiz.timeLimitSeconds ?? null,
    shuffleQuestions: quiz.shuffleQuestions,
    shuffleOptions: quiz.shuffleOptions,
    reviewPolicy: quiz.reviewPolicy,
    reviewAfter: quiz.reviewAfter ?? SAFE_REVIEW_TIMING,
    questionIds: quiz.questionIds ?? [],
    draws: (quiz.draws ?? []).map(({ bankId, tag, count }) => (tag ? { bankId, tag, count } : { bankId, count })),
  };
}

/** Every fixed question and every bank a draw names must exist (422 naming the missing ones). */
async function assertQuizReferences(em: EntityManager, quiz: QuizSettings): Promise<void> {
  const errors = [];
  if (quiz.questionIds.length) {
    const found = new Set((await em.find(Question, { where: { id: In(quiz.questionIds) }, select: { id: true } })).map((q) => q.id));
    const missing = quiz.questionIds.filter((id) => !found.has(id));
    if (missing.length) errors.push({ field: 'quiz.questionIds', messages: [`no such questions: ${missing.join(', ')}`] });
  }
  const bankIds = [...new Set(quiz.draws.map((d) => d.bankId))];
  if (bankIds.length) {
    const found = new Set((await em.find(QuestionBank, { where: { id: In(bankIds) }, select: { id: true } })).map((b) => b.id));
    quiz.draws.forEach((draw, i) => {
      if (!found.has(draw.bankId)) errors.push({ field: `quiz.draws[${i}].bankId`, messages: ['no such question bank'] });
    });
  }
  if (errors.length) throw new DomainError('unknown-reference', 'The quiz refers to questions or banks that do not exist', { errors });
}
