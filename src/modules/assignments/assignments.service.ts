import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Transactions } from '../../database/transactions';
import { pageOf } from '../../common/http/pagination';
import { DomainError } from '../../common/errors/domain-error';
import { ValidationProblem } from '../../common/errors/domain-error';
import { AccessPolicy, Scope } from '../access/access-policy';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { CourseVersionsService } from '../courses/course-versions.service';
import { Course } from '../courses/course.entity';
import { EnrollmentsService } from '../enrollments/enrollments.service';
import { Institution, InstitutionType } from '../institutions/institution.entity';
import { Unit } from '../institutions/unit.entity';
import { User } from '../users/user.entity';
import { Assignment, AssignmentTarget } from './assignment.entity';
import { AssignmentListQuery, CreateAssignmentDto } from './dto/assignment.dto';
import { assignmentView } from './dto/assignment.view';

/** The ways to name whom a course is assigned to; a request names exactly one. */
const TARGET_FIELDS = ['userIds', 'unitId', 'unitCode', 'institutionId', 'institutionCode'] as const;

const unknownCode = (field: 'unitCode' | 'institutionCode', code: string, sentence: string) =>
  new DomainError('unknown-target-code', `${sentence} ${code}`, { field, code });

interface Placement {
  target: AssignmentTarget;
  institutionId: string | null;
  unitId: string | null;
  userIds: string[];
}

interface Person {
  id: string;
  fullName: string;
  role: string;
  active: boolean;
  institutionId: string | null;
  institutionType: InstitutionType | null;
}

/**
 * Assigning a published course to people, a unit or a whole institution, with a
 * due date. Each trainee gets one enrollment pinned to the current version; one
 * who already has an active enrollment in the course gets nothing new, so
 * assigning twice (or twice at once) is harmless. Assignments to a unit or an
 * institution stand: people who join later are enrolled too (EnrollmentsService).
 */
@Injectable()
export class AssignmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
    private readonly versions: CourseVersionsService,
    private readonly enrollments: EnrollmentsService,
  ) {}

  async create(actor: Actor, dto: CreateAssignmentDto) {
    // Beside a unitCode, institutionCode says whose unit it is rather than naming a second target.
    const given = TARGET_FIELDS.filter((field) => dto[field] !== undefined && !(field === 'institutionCode' && dto.unitCode !== undefined));
    if (given.length !== 1) {
      throw new ValidationProblem([{ field: 'target', messages: [`give exactly one of ${TARGET_FIELDS.join(', ')}`] }]);
    }
    const scope = this.policy.scope(actor, 'assignment', 'manage');
    return this.transactions.run(async (em) => {
      // FOR SHARE: the course cannot be published anew or archived until the enrollments pinning its version are in.
      const course = await em.findOne(Course, { where: { id: dto.courseId }, lock: { mode: 'pessimistic_read' } });
      if (!course) throw new DomainError('course-not-found', 'Course not found');
      if (course.archivedAt) throw new DomainError('course-archived', 'The course is archived and takes no new assignments');
      if (course.currentVersion === 0) {
        throw new DomainError('course-not-published', 'The course has not been published yet; only a published version can be assigned');
      }
      const { audience } = await this.versions.snapshot(course.id, course.currentVersion, em);
      const placement = await this.place(em, scope, { ...dto, ...(await this.byCode(em, scope, actor, dto)) }, audience);

      const assignment = await em.save(
        em.create(Assignment, { courseId: course.id, ...placement, dueAt: new Date(dto.dueAt), createdBy: actor.id }),
      );
      const enrollmentsCreated = await this.enrollments.enrollForAssignment(em, assignment, course.currentVersion);
      await this.audit.record(em, {
        actorId: actor.id,
        action: 'assignment.created',
        entityType: 'assignment',
        entityId: assignment.id,
        institutionId: assignment.institutionId,
        after: {
          courseId: course.id,
          courseVersion: course.currentVersion,
          target: placement.target,
          unitId: placement.unitId,
          userIds: placement.userIds,
          dueAt: assignment.dueAt.toISOString(),
          enrollmentsCreated,
        },
      });
      return { ...assignmentView(assignment), courseVersion: course.currentVersion, enrollmentsCreated };
    });
  }

  async list(actor: Actor, query: AssignmentListQuery) {
    const qb = this.dataSource.getRepository(Assignment).createQueryBuilder('a');
    this.policy.apply(qb, this.policy.scope(actor, 'assignment', 'read'), { institution: 'a.institution_id', course: 'a.course_id' });
    if (query.courseId) qb.andWhere('a.courseId = :courseId', { courseId: query.courseId });
    if (query.target) qb.andWhere('a.target = :target', { target: query.target });
    const [items, total] = await qb.orderBy('a.createdAt', 'DESC').addOrderBy('a.id').skip(query.offset).take(query.limit).getManyAndCount();
    return pageOf(items.map(assignmentView), total, query);
  }

  /**
   * A unitCode or institutionCode → the id it names, looked up (letter case aside) within
   * the caller's scope: a code nobody reaches, or one of another institution, is the same
   * 422. A unitCode belongs to the institution given beside it, else to the caller's own.
   */
  private async byCode(em: EntityManager, scope: Scope, actor: Actor, dto: CreateAssignmentDto): Promise<Pick<CreateAssignmentDto, 'unitId' | 'institutionId'>> {
    let institutionId: string | null = actor.institutionId;
    if (dto.institutionCode !== undefined) {
      const qb = em.getRepository(Institution).createQueryBuilder('x').where('lower(x.code) = lower(:code)', { code: dto.institutionCode });
      const institution = await this.policy.apply(qb, scope, { institution: 'x.id' }).getOne();
      if (!institution) throw unknownCode('institutionCode', dto.institutionCode, 'No institution you may assign to has the code');
      if (dto.unitCode === undefined) return { institutionId: institution.id };
      institutionId = institution.id;
    }
    if (dto.unitCode === undefined) return {};
    if (!institutionId) throw new ValidationProblem([{ field: 'institutionCode', messages: ["give institutionCode: the unit's institution"] }]);
    const qb = em
      .getRepository(Unit)
      .createQueryBuilder('x')
      .where('lower(x.code) = lower(:code) AND x.institution_id = :institutionId', { code: dto.unitCode, institutionId });
    const unit = await this.policy.apply(qb, scope, { institution: 'x.institution_id' }).getOne();
    if (!unit) throw unknownCode('unitCode', dto.unitCode, 'No unit you may assign to has the code');
    return { unitId: unit.id };
  }

  /** The target, within the caller's scope (404 otherwise), and every person in it within the course's audience (422 otherwise). */
  private async place(em: EntityManager, scope: Scope, dto: CreateAssignmentDto, audience: InstitutionType[]): Promise<Placement> {
    if (dto.userIds) return this.placeUsers(em, scope, dto.userIds, audience);
    const unit = dto.unitId ? await this.inScope(em, scope, Unit, 'unit', dto.unitId) : null;
    const institutionId = unit ? unit.institutionId : dto.institutionId!;
    const institution = await this.inScope(em, scope, Institution, 'institution', institutionId);
    if (!audience.includes(institution.type)) {
      throw new DomainError('audience-mismatch',
        `The course is meant for ${audience.join(', ')}; ${institution.name} is of the type ${institution.type}`,
        { audience, institution: { id: institution.id, name: institution.name, type: institution.type } },
      );
    }
    return unit
      ? { target: 'unit', institutionId: unit.institutionId, unitId: unit.id, userIds: [] }
      : { target: 'institution', institutionId: institution.id, unitId: null, userIds: [] };
  }

  private async placeUsers(em: EntityManager, scope: Scope, userIds: string[], audience: InstitutionType[]): Promise<Placement> {
    const qb = em
      .getRepository(User)
      .createQueryBuilder('u')
      .leftJoin(Institution, 'i', 'i.id = u.institution_id')
      .select('u.id', 'id')
      .addSelect('u.full_name', 'fullName')
      .addSelect('u.role', 'role')
      .addSelect('u.active', 'active')
      .addSelect('u.institution_id', 'institutionId')
      .addSelect('i.type', 'institutionType')
      .where('u.id IN (:...userIds)', { userIds });
    const people: Person[] = await this.policy.apply(qb, scope, { institution: 'u.institution_id' }).getRawMany();
    const found = new Set(people.map((p) => p.id));
    const missing = userIds.filter((id) => !found.has(id));
    if (missing.length > 0) throw new DomainError('user-not-found', `Users not found: ${missing.join(', ')}`);

    const notTrainees = people.filter((p) => p.role !== 'officer' || !p.active);
    if (notTrainees.length > 0) {
      throw new DomainError('not-assignable', 'Only active officers can be assigned a course', {
        people: notTrainees.map((p) => ({ userId: p.id, fullName: p.fullName, reason: p.active ? `the role ${p.role} takes no courses` : 'the account is deactivated' })),
      });
    }
    const outside = people.filter((p) => !p.institutionType || !audience.includes(p.institutionType));
    if (outside.length > 0) {
      throw new DomainError('audience-mismatch',
        `The course is meant for ${audience.join(', ')}; ${outside.map((p) => `${p.fullName} (${p.institutionType ?? 'no institution'})`).join(', ')} ${outside.length === 1 ? 'is' : 'are'} outside its audience`,
        { audience, people: outside.map((p) => ({ userId: p.id, fullName: p.fullName, institutionType: p.institutionType })) },
      );
    }
    const institutions = new Set(people.map((p) => p.institutionId));
    return { target: 'users', institutionId: institutions.size === 1 ? people[0].institutionId : null, unitId: null, userIds };
  }

  private async inScope<T extends Unit | Institution>(
    em: EntityManager,
    scope: Scope,
    entity: new () => T,
    name: 'unit' | 'institution',
    id: string,
  ): Promise<T> {
    const qb = em.getRepository<T>(entity).createQueryBuilder('x').where('x.id = :id', { id });
    const found = await this.policy.apply(qb, scope, { institution: name === 'unit' ? 'x.institution_id' : 'x.id' }).getOne();
    if (!found) throw name === 'unit' ? new DomainError('unit-not-found', 'Unit not found') : new DomainError('institution-not-found', 'Institution not found');
    return found;
  }
}
