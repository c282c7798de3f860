import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Page, pageOf } from '../../common/http/pagination';
import { DomainError } from '../../common/errors/domain-error';
import { AccessPolicy } from '../access/access-policy';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { CourseModule } from './course-module.entity';
import { withCurrentDefaults } from './course-snapshot';
import { CourseVersion } from './course-version.entity';
import { Course } from './course.entity';
import { CourseListQuery, CreateCourseDto, UpdateCourseDto } from './dto/course.dto';

export type CourseStatus = 'draft' | 'published' | 'archived';

export const statusOf = (course: Course): CourseStatus =>
  course.archivedAt ? 'archived' : course.currentVersion > 0 ? 'published' : 'draft';

/** What trainees and coordinators see of a course: its latest published version, never the draft. */
export interface PublishedCourse {
  course: Course;
  version: CourseVersion;
}

@Injectable()
export class CoursesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, dto: CreateCourseDto): Promise<Course> {
    return this.dataSource.transaction(async (em) => {
      const course = await em.save(
        em.create(Course, {
          ownerId: actor.id,
          title: dto.title,
          description: dto.description ?? null,
          audience: dto.audience,
          certificateValidityMonths: dto.certificateValidityMonths ?? null,
          currentVersion: 0,
          draftUpdatedAt: new Date(),
        }),
      );
      await this.audit.record(em, { actorId: actor.id, action: 'course.created', entityType: 'course', entityId: course.id, after: { title: dto.title } });
      return course;
    });
  }

  /** Every course (owner=me: the actor's own), with its draft state: what trainers and admins browse. */
  async listForAuthors(actor: Actor, query: CourseListQuery): Promise<Page<Course>> {
    const qb = this.dataSource.getRepository(Course).createQueryBuilder('c');
    if (query.owner === 'me') qb.andWhere('c.ownerId = :ownerId', { ownerId: actor.id });
    if (query.status === 'archived') qb.andWhere('c.archivedAt IS NOT NULL');
    if (query.status === 'published') qb.andWhere('c.archivedAt IS NULL AND c.currentVersion > 0');
    if (query.status === 'draft') qb.andWhere('c.archivedAt IS NULL AND c.currentVersion = 0');
    const [items, total] = await qb.orderBy('c.createdAt', 'DESC').addOrderBy('c.id').skip(query.offset).take(query.limit).getManyAndCount();
    return pageOf(items, total, query);
  }

  async getDraft(id: string, em: EntityManager = this.dataSource.manager): Promise<{ course: Course; modules: CourseModule[] }> {
    const course = await em.findOneBy(Course, { id });
    if (!course) throw new DomainError('course-not-found', 'Course not found');
    const modules = await em.find(CourseModule, { where: { courseId: id }, order: { position: 'ASC' } });
    return { course, modules };
  }

  async getPublished(actor: Actor, id: string): Promise<PublishedCourse> {
    const course = await this.publishedQuery(actor).andWhere('c.id = :id', { id }).getOne();
    if (!course) throw new DomainError('course-not-found', 'Course not found');
    const [published] = await this.withCurrentVersions([course]);
    return published;
  }

  async update(actor: Actor, id: string, dto: UpdateCourseDto): Promise<Course> {
    return this.dataSource.transaction(async (em) => {
      const course = await this.lockForEdit(em, actor, id);
      Object.assign(course, dto, { draftUpdatedAt: new Date() });
      return em.save(course);
    });
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<Course> {
    return this.dataSource.transaction(async (em) => {
      const course = await this.lockForEdit(em, actor, id);
      if (Boolean(course.archivedAt) === archived) return course;
      course.archivedAt = archived ? new Date() : null;
      await em.save(course);
      await this.audit.record(em, {
        actorId: actor.id,
        action: archived ? 'course.archived' : 'course.unarchived',
        entityType: 'course',
        entityId: id,
        after: { archived },
      });
      return course;
    });
  }

  /** The course, locked for the transaction, if the actor may edit it (404 unknown, 403 not theirs). */
  async lockForEdit(em: EntityManager, actor: Actor, id: string): Promise<Course> {
    const course = await em.findOne(Course, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!course) throw new DomainError('course-not-found', 'Course not found');
    this.policy.assertAuthor(actor, course.ownerId);
    return course;
  }

  async touchDraft(em: EntityManager, courseId: string): Promise<void> {
    await em.update(Course, { id: courseId }, { draftUpdatedAt: new Date() });
  }

  async versions(id: string): Promise<CourseVersion[]> {
    await this.getDraft(id);
    return this.dataSource.getRepository(CourseVersion).find({
      where: { courseId: id },
      order: { version: 'DESC' },
      select: { id: true, courseId: true, version: true, publishedAt: true, publishedBy: true },
    });
  }

  async version(id: string, version: number): Promise<CourseVersion> {
    const found = await this.dataSource.getRepository(CourseVersion).findOneBy({ courseId: id, version });
    if (!found) throw new DomainError('course-version-not-found', 'Course version not found');
    withCurrentDefaults(found.snapshot);
    return found;
  }

  assertNotArchived(course: Course): void {
    if (course.archivedAt) throw new DomainError('course-archived', 'The course is archived');
  }

  /** Published courses meant for the actor's institution: what officers and coordinators browse. */
  async listPublished(actor: Actor, query: CourseListQuery): Promise<Page<PublishedCourse>> {
    if (query.status && query.status !== 'published') return pageOf([], 0, query);
    const [courses, total] = await this.publishedQuery(actor)
      .orderBy('c.publishedAt', 'DESC')
      .addOrderBy('c.id')
      .skip(query.offset)
      .take(query.limit)
      .getManyAndCount();
    return pageOf(await this.withCurrentVersions(courses), total, query);
  }

  /** Published, not archived, and meant for the actor's institution type. */
  private publishedQuery(actor: Actor) {
    return this.dataSource
      .getRepository(Course)
      .createQueryBuilder('c')
      .where('c.currentVersion > 0 AND c.archivedAt IS NULL')
      .andWhere(`EXISTS (SELECT 1 FROM institution i WHERE i.id = :institutionId AND i.type = ANY(c.audience))`, {
        institutionId: actor.institutionId,
      });
  }

  private async withCurrentVersions(courses: Course[]): Promise<PublishedCourse[]> {
    if (courses.length === 0) return [];
    const versions = await this.dataSource
      .getRepository(CourseVersion)
      .createQueryBuilder('v')
      .innerJoin(Course, 'c', 'c.id = v.courseId AND c.currentVersion = v.version')
      .where('v.courseId IN (:...ids)', { ids: courses.map((c) => c.id) })
      .getMany();
    const byCourse = new Map(versions.map((v) => [v.courseId, v]));
    return courses.map((course) => ({ course, version: byCourse.get(course.id)! }));
  }
}
