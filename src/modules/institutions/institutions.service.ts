import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isUniqueViolation } from '../../common/database-errors';
import { Page, PageQuery, pageOf } from '../../common/http/pagination';
import { DomainError } from '../../common/errors/domain-error';
import { AccessPolicy } from '../access/access-policy';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { CreateInstitutionDto, CreateUnitDto, InstitutionListQuery, UpdateInstitutionDto, UpdateUnitDto } from './dto/institution.dto';
import { Institution } from './institution.entity';
import { Unit } from './unit.entity';

@Injectable()
export class InstitutionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, dto: CreateInstitutionDto): Promise<Institution> {
    return this.dataSource.transaction(async (em) => {
      const institution = await em.save(em.create(Institution, dto)).catch((e) => this.rethrowDuplicateCode(e, dto.code));
      await this.audit.record(em, {
        actorId: actor.id,
        action: 'institution.created',
        entityType: 'institution',
        entityId: institution.id,
        institutionId: institution.id,
        after: { ...dto },
      });
      return institution;
    });
  }

  async list(actor: Actor, query: InstitutionListQuery): Promise<Page<Institution>> {
    const qb = this.dataSource.getRepository(Institution).createQueryBuilder('i');
    this.policy.apply(qb, this.policy.scope(actor, 'institution', 'read'), { institution: 'i.id' });
    if (query.type) qb.andWhere('i.type = :type', { type: query.type });
    const [items, total] = await qb.orderBy('i.name').addOrderBy('i.id').skip(query.offset).take(query.limit).getManyAndCount();
    return pageOf(items, total, query);
  }

  async get(actor: Actor, id: string): Promise<Institution> {
    const qb = this.dataSource.getRepository(Institution).createQueryBuilder('i').where('i.id = :id', { id });
    const institution = await this.policy.apply(qb, this.policy.scope(actor, 'institution', 'read'), { institution: 'i.id' }).getOne();
    if (!institution) throw new DomainError('institution-not-found', 'Institution not found');
    return institution;
  }

  async update(actor: Actor, id: string, dto: UpdateInstitutionDto): Promise<Institution> {
    return this.dataSource.transaction(async (em) => {
      const qb = em.getRepository(Institution).createQueryBuilder('i').setLock('pessimistic_write').where('i.id = :id', { id });
      const institution = await this.policy.apply(qb, this.policy.scope(actor, 'institution', 'manage'), { institution: 'i.id' }).getOne();
      if (!institution) throw new DomainError('institution-not-found', 'Institution not found');
      const before = { name: institution.name, type: institution.type, code: institution.code };
      const saved = await em.save(Object.assign(institution, dto)).catch((e) => this.rethrowDuplicateCode(e, dto.code));
      await this.audit.record(em, {
        actorId: actor.id,
        action: 'institution.updated',
        entityType: 'institution',
        entityId: id,
        institutionId: id,
        before,
        after: { name: saved.name, type: saved.type, code: saved.code },
      });
      return saved;
    });
  }

  async createUnit(actor: Actor, institutionId: string, dto: CreateUnitDto): Promise<Unit> {
    await this.get(actor, institutionId);
    this.policy.assertInstitution(this.policy.scope(actor, 'unit', 'manage'), institutionId);
    return this.dataSource
      .getRepository(Unit)
      .save({ institutionId, ...dto })
      .catch((e) => this.rethrowDuplicateCode(e, dto.code));
  }

  async listUnits(actor: Actor, institutionId: string, query: PageQuery): Promise<Page<Unit>> {
    await this.get(actor, institutionId);
    const qb = this.dataSource.getRepository(Unit).createQueryBuilder('u').where('u.institutionId = :institutionId', { institutionId });
    this.policy.apply(qb, this.policy.scope(actor, 'unit', 'read'), { institution: 'u.institution_id' });
    const [items, total] = await qb.orderBy('u.name').addOrderBy('u.id').skip(query.offset).take(query.limit).getManyAndCount();
    return pageOf(items, total, query);
  }

  async updateUnit(actor: Actor, institutionId: string, unitId: string, dto: UpdateUnitDto): Promise<Unit> {
    const qb = this.dataSource
      .getRepository(Unit)
      .createQueryBuilder('u')
      .where('u.id = :unitId AND u.institutionId = :institutionId', { unitId, institutionId });
    const unit = await this.policy.apply(qb, this.policy.scope(actor, 'unit', 'manage'), { institution: 'u.institution_id' }).getOne();
    if (!unit) throw new DomainError('unit-not-found', 'Unit not found');
    return this.dataSource
      .getRepository(Unit)
      .save(Object.assign(unit, dto))
      .catch((e) => this.rethrowDuplicateCode(e, dto.code));
  }

  private rethrowDuplicateCode(error: unknown, code: string | undefined): never {
    if (isUniqueViolation(error)) {
      throw new DomainError('duplicate-code', `The code "${code}" is already taken`);
    }
    throw error;
  }
}
