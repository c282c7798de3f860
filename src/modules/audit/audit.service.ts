import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  institutionId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Audit rows are written with the EntityManager of the change they record, in its transaction. */
@Injectable()
export class AuditService {
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
}
