import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { CursorPage, decodeCursor, encodeCursor } from '../../common/http/cursor';
import { DomainError } from '../../common/errors/domain-error';
import { AccessPolicy } from '../access/access-policy';
import { Actor } from '../access/actor';
import { AuditEvent } from './audit-event.entity';
import { AuditQuery } from './dto/audit-query.dto';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  /** The institution whose admins may read the event; null for platform-wide events (courses, questions). */
  institutionId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** created_at to the microsecond: a millisecond Date would skip or repeat rows at a page boundary. */
const CURSOR_TIME = `to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const isPosition = (p: unknown[]): p is [string, string] =>
  p.length === 2 && typeof p[0] === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(p[0]) && !Number.isNaN(Date.parse(p[0])) && typeof p[1] === 'string' && /^\d{1,18}$/.test(p[1]);

/**
 * Audit rows are written with the EntityManager of the change they record, in its transaction;
 * `recordNow` is for acts that change nothing else (a download), so there is no transaction to join.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  async record(em: EntityManager, ...entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await em.insert(
      AuditEvent,
      entries.map((e) => ({
        actorId: e.actorId,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId ?? null,
        institutionId: e.institutionId ?? null,
        before: e.before ?? null,
        after: e.after ?? null,
      })) as QueryDeepPartialEntity<AuditEvent>[],
    );
  }

  recordNow(...entries: AuditEntry[]): Promise<void> {
    return this.record(this.dataSource.manager, ...entries);
  }

  /** Newest first, keyset-paginated over (created_at, id); an institution admin reads only their institution's events. */
  async list(actor: Actor, query: AuditQuery): Promise<CursorPage<AuditEvent>> {
    if (query.from && query.to && Date.parse(query.from) > Date.parse(query.to)) {
      throw new DomainError('invalid-range', '`from` is after `to`');
    }
    const qb = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e');
    this.policy.apply(qb, this.policy.scope(actor, 'audit', 'read'), { institution: 'e.institution_id' });
    if (query.actorId) qb.andWhere('e.actor_id = :actorId', { actorId: query.actorId });
    if (query.action) qb.andWhere('e.action = :action', { action: query.action });
    if (query.entityType) qb.andWhere('e.entity_type = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('e.entity_id = :entityId', { entityId: query.entityId });
    if (query.institutionId) qb.andWhere('e.institution_id = :institutionId', { institutionId: query.institutionId });
    if (query.from) qb.andWhere('e.created_at >= :from', { from: query.from });
    if (query.to) qb.andWhere('e.created_at < :to', { to: query.to });
    if (query.cursor) {
      const [at, id] = decodeCursor(query.cursor, isPosition);
      qb.andWhere('(e.created_at, e.id) < (CAST(:at AS timestamptz), CAST(:id AS bigint))', { at, id });
    }
    const { entities, raw } = await qb
      .addSelect(CURSOR_TIME, 'cursor_time')
      .orderBy('e.created_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(query.limit + 1)
      .getRawAndEntities<{ cursor_time: string }>();
    const items = entities.slice(0, query.limit);
    const last = items.at(-1);
    const nextCursor = entities.length > query.limit && last ? encodeCursor([raw[items.length - 1].cursor_time, last.id]) : null;
    return { items, nextCursor };
  }
}
