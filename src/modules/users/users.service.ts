import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../common/database-errors';
import { Page, pageOf } from '../../common/http/pagination';
import { DomainError } from '../../common/errors/domain-error';
import { AccessPolicy } from '../access/access-policy';
import { Actor } from '../access/actor';
import { AuditEntry, AuditService } from '../audit/audit.service';
import { AuthService } from '../auth/auth.service';
import { PasswordHasher } from '../auth/password-hasher';
import { EnrollmentsService } from '../enrollments/enrollments.service';
import { Unit } from '../institutions/unit.entity';
import { CreateUserDto, UpdateUserDto, UserListQuery } from './dto/user.dto';
import { Role, User } from './user.entity';

/** Roles an actor may give to, or hold over, the users it manages. */
export function assignableRoles(actor: Actor): readonly Role[] {
  if (actor.role === 'admin') return ['officer', 'trainer', 'institution_admin', 'admin'];
  if (actor.role === 'institution_admin') return ['officer'];
  return [];
}

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
    private readonly hasher: PasswordHasher,
    private readonly auth: AuthService,
    private readonly enrollments: EnrollmentsService,
  ) {}

  async create(actor: Actor, dto: CreateUserDto): Promise<User> {
    this.assertMayGrant(actor, dto.role);
    const institutionId = dto.institutionId ?? (actor.role === 'institution_admin' ? actor.institutionId : null);
    this.assertPlacement(dto.role, institutionId);
    if (institutionId) this.policy.assertInstitution(this.policy.scope(actor, 'user', 'manage'), institutionId);
    const passwordHash = await this.hasher.hash(dto.password);
    return this.dataSource.transaction(async (em) => {
      await this.assertInstitutionAndUnit(em, institutionId, dto.unitId ?? null);
      const user = await em
        .save(
          em.create(User, {
            email: dto.email,
            fullName: dto.fullName,
            role: dto.role,
            institutionId,
            unitId: dto.unitId ?? null,
            locale: dto.locale ?? 'pl',
            active: true,
            passwordHash,
            passwordChangedAt: new Date(),
          }),
        )
        .catch((error) => {
          if (isUniqueViolation(error, 'user_email_key')) {
            throw new DomainError('duplicate-email', 'A user with this e-mail address already exists');
          }
          throw error;
        });
      await this.audit.record(em, {
        actorId: actor.id,
        action: 'user.created',
        entityType: 'user',
        entityId: user.id,
        institutionId,
        after: { email: user.email, role: user.role, unitId: user.unitId },
      });
      await this.enrollments.enrollInStandingAssignments(em, [user.id]);
      return user;
    });
  }

  async list(actor: Actor, query: UserListQuery): Promise<Page<User>> {
    const qb = this.dataSource.getRepository(User).createQueryBuilder('u');
    this.policy.apply(qb, this.policy.scope(actor, 'user', 'read'), { institution: 'u.institution_id', user: 'u.id' });
    if (query.institutionId) qb.andWhere('u.institutionId = :institutionId', { institutionId: query.institutionId });
    if (query.unitId) qb.andWhere('u.unitId = :unitId', { unitId: query.unitId });
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.active !== undefined) qb.andWhere('u.active = :active', { active: query.active });
    if (query.q) {
      const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('(u.fullName ILIKE :pattern OR u.email ILIKE :pattern)', { pattern });
    }
    const [items, total] = await qb.orderBy('u.fullName').addOrderBy('u.id').skip(query.offset).take(query.limit).getManyAndCount();
    return pageOf(items, total, query);
  }

  async get(actor: Actor, id: string): Promise<User> {
    const qb = this.dataSource.getRepository(User).createQueryBuilder('u').where('u.id = :id', { id });
    const user = await this.policy
      .apply(qb, this.policy.scope(actor, 'user', 'read'), { institution: 'u.institution_id', user: 'u.id' })
      .getOne();
    if (!user) throw new DomainError('user-not-found', 'User not found');
    return user;
  }

  async update(actor: Actor, id: string, dto: UpdateUserDto): Promise<User> {
    const passwordHash = dto.password ? await this.hasher.hash(dto.password) : undefined;
    const updated = await this.dataSource.transaction(async (em) => {
      const user = await this.loadManaged(em, actor, id);
      const before = { fullName: user.fullName, role: user.role, institutionId: user.institutionId, unitId: user.unitId, locale: user.locale };
      if (dto.role !== undefined && dto.role !== user.role) this.assertMayGrant(actor, dto.role);
      if (dto.institutionId !== undefined && dto.institutionId !== user.institutionId && actor.role !== 'admin') {
        throw new DomainError('institution-move-forbidden', 'Only admins move users between institutions');
      }
      const role = dto.role ?? user.role;
      const institutionId = dto.institutionId !== undefined ? dto.institutionId : user.institutionId;
      const institutionChanged = institutionId !== user.institutionId;
      const unitId = dto.unitId !== undefined ? dto.unitId : institutionChanged ? null : user.unitId;
      this.assertPlacement(role, institutionId);
      await this.assertInstitutionAndUnit(em, institutionId, unitId);

      Object.assign(user, { role, institutionId, unitId, fullName: dto.fullName ?? user.fullName, locale: dto.locale ?? user.locale });
      const changes: Partial<User> = { role, institutionId, unitId, fullName: user.fullName, locale: user.locale };
      if (passwordHash) Object.assign(changes, { passwordHash, passwordChangedAt: new Date() });
      await em.update(User, { id }, changes);

      const after = { fullName: user.fullName, role, institutionId, unitId, locale: user.locale };
      const entries: AuditEntry[] = [{ actorId: actor.id, action: 'user.updated', entityType: 'user', entityId: id, institutionId, before, after }];
      if (before.role !== role) {
        entries.push({ ...entries[0], action: 'user.role_changed', before: { role: before.role }, after: { role } });
      }
      if (passwordHash || before.role !== role || institutionChanged) {
        // New credentials or new powers: every existing session must sign in again.
        await this.auth.revokeSessions(em, { userId: id }, passwordHash ? 'password_reset' : 'role_changed');
      }
      if (passwordHash) entries.push({ ...entries[0], action: 'user.password_reset', before: {}, after: {} });
      await this.audit.record(em, ...entries);
      if (institutionChanged || before.unitId !== unitId || before.role !== role) await this.enrollments.enrollInStandingAssignments(em, [id]);
      return user;
    });
    this.auth.forgetUsers([id]);
    return updated;
  }

  async setActive(actor: Actor, id: string, active: boolean): Promise<User> {
    if (id === actor.id) throw new DomainError('self-deactivation', 'You cannot change the active flag of your own account');
    const user = await this.dataSource.transaction(async (em) => {
      const user = await this.loadManaged(em, actor, id);
      if (user.active === active) return user;
      user.active = active;
      user.deactivatedAt = active ? null : new Date();
      await em.update(User, { id }, { active, deactivatedAt: user.deactivatedAt });
      if (!active) await this.auth.revokeSessions(em, { userId: id }, 'deactivated');
      await this.audit.record(em, {
        actorId: actor.id,
        action: active ? 'user.reactivated' : 'user.deactivated',
        entityType: 'user',
        entityId: id,
        institutionId: user.institutionId,
        before: { active: !active },
        after: { active },
      });
      if (active) await this.enrollments.enrollInStandingAssignments(em, [id]);
      return user;
    });
    this.auth.forgetUsers([id]);
    return user;
  }

  /** A user the actor may change, locked for the transaction: in scope (else 404) and of a role it governs (else 403). */
  private async loadManaged(em: EntityManager, actor: Actor, id: string): Promise<User> {
    const qb = em.getRepository(User).createQueryBuilder('u').setLock('pessimistic_write').where('u.id = :id', { id });
    const user = await this.policy
      .apply(qb, this.policy.scope(actor, 'user', 'read'), { institution: 'u.institution_id', user: 'u.id' })
      .getOne();
    if (!user) throw new DomainError('user-not-found', 'User not found');
    const manageScope = this.policy.scope(actor, 'user', 'manage');
    if (manageScope.kind === 'none' || !assignableRoles(actor).includes(user.role)) {
      throw new DomainError('user-change-forbidden', 'You may not change this user');
    }
    return user;
  }

  private assertMayGrant(actor: Actor, role: Role): void {
    if (!assignableRoles(actor).includes(role)) throw new DomainError('role-not-assignable', `Your role may not give the role ${role}`);
  }

  private assertPlacement(role: Role, institutionId: string | null): void {
    if (role === 'admin' && institutionId) {
      throw new DomainError('invalid-placement', 'Platform admins belong to no institution');
    }
    if ((role === 'officer' || role === 'institution_admin') && !institutionId) {
      throw new DomainError('invalid-placement', `A user with the role ${role} needs an institutionId`);
    }
  }

  private async assertInstitutionAndUnit(em: EntityManager, institutionId: string | null, unitId: string | null): Promise<void> {
    if (institutionId) {
      const [found] = await em.query(`SELECT 1 FROM institution WHERE id = $1`, [institutionId]);
      if (!found) throw new DomainError('institution-not-found', 'Institution not found');
    }
    if (unitId) {
      const unit = institutionId ? await em.findOneBy(Unit, { id: unitId, institutionId }) : null;
      if (!unit) throw new DomainError('unknown-unit', 'The unit does not exist in the user\'s institution');
    }
  }
}
