import { DataSource } from 'typeorm';
import { Transactions } from '../database/transactions';
import { AccessPolicy } from '../modules/access/access-policy';
import { Actor } from '../modules/access/actor';
import { AuditService } from '../modules/audit/audit.service';
import { CourseModule } from '../modules/courses/course-module.entity';
import { CourseModulesService } from '../modules/courses/course-modules.service';
import { Course } from '../modules/courses/course.entity';
import { CoursesService } from '../modules/courses/courses.service';
import { PublishService } from '../modules/courses/publish.service';
import { Question } from '../modules/questions/question.entity';
import { QuestionBank } from '../modules/questions/question-bank.entity';
import { QuestionsService } from '../modules/questions/questions.service';
import { User } from '../modules/users/user.entity';
import { AssignmentsService } from '../modules/assignments/assignments.service';
import { CourseVersionsService } from '../modules/courses/course-versions.service';
import { EnrollmentsService } from '../modules/enrollments/enrollments.service';
import { ProgressService } from '../modules/enrollments/progress.service';
import { OutboxService } from '../modules/outbox/outbox.service';
import { DEMO_BANK_NAME, DEMO_COURSE, DEMO_LESSONS, DEMO_QUESTIONS, DEMO_QUIZ } from './demo-course';

export interface DemoCourseSummary {
  questionsCreated: number;
  courseCreated: boolean;
  /** The version published by this run; null when the course was already published. */
  publishedVersion: number | null;
}

/**
 * Assigns the demo course to every institution that has no assignment of it yet,
 * due in 60 days, through the same service as POST /assignments, so that the
 * demo officers find it waiting. Returns how many enrollments were created.
 */
export async function assignDemoCourse(dataSource: DataSource, adminEmail: string): Promise<number> {
  const admin = await dataSource.getRepository(User).findOneByOrFail({ email: adminEmail });
  const actor: Actor = { id: admin.id, role: admin.role, institutionId: null, unitId: null, sessionId: 'seed' };
  const policy = new AccessPolicy();
  const audit = new AuditService(dataSource, policy);
  const versions = new CourseVersionsService(dataSource);
  const progress = new ProgressService(versions, new OutboxService(), audit);
  const assignments = new AssignmentsService(dataSource, new Transactions(dataSource), policy, audit, versions, new EnrollmentsService(dataSource, policy, versions, progress));
  const course = await dataSource
    .getRepository(Course)
    .createQueryBuilder('c')
    .where(`c.title->>'pl' = :title AND c.currentVersion > 0`, { title: DEMO_COURSE.title.pl })
    .getOneOrFail();
  const unassigned: { id: string }[] = await dataSource.query(
    `SELECT i.id FROM institution i
      WHERE i.type = ANY($2) AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.course_id = $1 AND a.institution_id = i.id)
      ORDER BY i.code`,
    [course.id, course.audience],
  );
  const dueAt = new Date(Date.now() + 60 * 86_400_000).toISOString();
  let created = 0;
  for (const { id } of unassigned) created += (await assignments.create(actor, { courseId: course.id, institutionId: id, dueAt })).enrollmentsCreated;
  return created;
}

/**
 * Builds and publishes the demo course through the same services the API uses
 * (validation of every question, publish checks, audit). Each step first looks
 * for what an earlier run made, so running it again adds nothing and a run cut
 * short is completed by the next one.
 */
export async function seedDemoCourse(dataSource: DataSource, authorEmail: string): Promise<DemoCourseSummary> {
  const author = await dataSource.getRepository(User).findOneByOrFail({ email: authorEmail });
  const actor: Actor = { id: author.id, role: author.role, institutionId: author.institutionId, unitId: author.unitId, sessionId: 'seed' };
  const policy = new AccessPolicy();
  const audit = new AuditService(dataSource, policy);
  const questions = new QuestionsService(dataSource, policy, audit);
  const courses = new CoursesService(dataSource, policy, audit);
  const modules = new CourseModulesService(dataSource, courses);
  const publisher = new PublishService(dataSource, courses, audit);

  const bank =
    (await dataSource.getRepository(QuestionBank).findOneBy({ ownerId: actor.id, name: DEMO_BANK_NAME })) ??
    (await questions.createBank(actor, { name: DEMO_BANK_NAME }));
  const existing = await dataSource.getRepository(Question).findBy({ bankId: bank.id });
  const idByName = new Map(existing.map((q) => [q.name, q.id]));
  let questionsCreated = 0;
  for (const { key, question } of DEMO_QUESTIONS) {
    const name = question.name ?? key;
    if (idByName.has(name)) continue;
    idByName.set(name, (await questions.addQuestion(actor, bank.id, { ...question, name })).id);
    questionsCreated++;
  }

  let course = await dataSource
    .getRepository(Course)
    .createQueryBuilder('c')
    .where('c.ownerId = :owner AND c.title->>\'pl\' = :title', { owner: actor.id, title: DEMO_COURSE.title.pl })
    .getOne();
  const courseCreated = !course;
  course ??= await courses.create(actor, DEMO_COURSE);
  if (course.currentVersion > 0) return { questionsCreated, courseCreated, publishedVersion: null };

  // An unpublished course here is what a run cut short left: lay its modules out again.
  await dataSource.getRepository(CourseModule).delete({ courseId: course.id });
  for (const lesson of DEMO_LESSONS) {
    await modules.create(actor, course.id, { kind: 'lesson', title: lesson.title, body: lesson.body, media: lesson.media, minStudySeconds: lesson.minStudySeconds });
  }
  const { title, ...settings } = DEMO_QUIZ;
  const questionIds = DEMO_QUESTIONS.map(({ key, question }) => idByName.get(question.name ?? key)!);
  await modules.create(actor, course.id, { kind: 'quiz', title, quiz: { ...settings, questionIds } });
  const { version } = await publisher.publish(actor, course.id);
  return { questionsCreated, courseCreated, publishedVersion: version.version };
}
