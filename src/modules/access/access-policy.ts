import { Injectable } from '@nestjs/common';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Actor } from './actor';
import { DomainError } from '../../common/errors/domain-error';

/** Which rows a caller may touch: every row, one institution's, their own, or none. */
export type Scope =
  | { kind: 'all' }
  | { kind: 'institution'; institutionId: string }
  | { kind: 'self'; userId: string }
  /** Rows that belong to a course the user authors (trainers reading their courses' assignments and enrollments). */
  | { kind: 'courseOwner'; ownerId: string }
  | { kind: 'none' };

export type Resource = 'institution' | 'unit' | 'user' | 'audit' | 'assignment' | 'enrollment' | 'notification';
/** `take`: the trainee's own acts on an enrollment (open a lesson, complete it, attempt a quiz) — always self, even for admins. */
export type Action = 'read' | 'manage' | 'take';

/** The columns that tie a row to an institution and (for user-owned rows) to a user, and (for course rows) to a course. */
export interface ScopeColumns {
  institution: string;
  user?: string;
  course?: string;
}

/**
 * The single place that decides whose data a caller reaches. Services ask it for a
 * scope and apply that scope inside the query itself, so an object of another
 * institution is simply not found (404) and ids cannot be probed.
 */
@Injectable()
export class AccessPolicy {
  scope(actor: Actor, resource: Resource, action: Action): Scope {
    if (action === 'take') return resource === 'enrollment' ? { kind: 'self', userId: actor.id } : { kind: 'none' };
    // An inbox is personal: admins too see only their own.
    if (resource === 'notification') return { kind: 'self', userId: actor.id };
    if (actor.role === 'admin') return { kind: 'all' };
    const own: Scope = actor.institutionId ? { kind: 'institution', institutionId: actor.institutionId } : { kind: 'none' };
    switch (resource) {
      case 'institution':
      case 'unit':
        if (action === 'read') return own;
        return actor.role === 'institution_admin' && resource === 'unit' ? own : { kind: 'none' };
      case 'user':
        if (actor.role === 'institution_admin') return own;
        return action === 'read' ? { kind: 'self', userId: actor.id } : { kind: 'none' };
      case 'audit':
        return actor.role === 'institution_admin' && action === 'read' ? own : { kind: 'none' };
      case 'assignment':
        if (actor.role === 'institution_admin') return own;
        return actor.role === 'trainer' && action === 'read' ? { kind: 'courseOwner', ownerId: actor.id } : { kind: 'none' };
      case 'enrollment':
        if (actor.role === 'institution_admin') return own;
        if (action === 'manage') return { kind: 'none' };
        if (actor.role === 'trainer') return { kind: 'courseOwner', ownerId: actor.id };
        return { kind: 'self', userId: actor.id };
    }
  }

  /** Adds the scope's condition to a query builder. */
  apply<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, scope: Scope, columns: ScopeColumns): SelectQueryBuilder<T> {
    switch (scope.kind) {
      case 'all':
        return qb;
      case 'institution':
        return qb.andWhere(`${columns.institution} = :scopeInstitutionId`, { scopeInstitutionId: scope.institutionId });
      case 'self':
        if (!columns.user) return qb.andWhere('1 = 0');
        return qb.andWhere(`${columns.user} = :scopeUserId`, { scopeUserId: scope.userId });
      case 'courseOwner':
        if (!columns.course) return qb.andWhere('1 = 0');
        return qb.andWhere(`EXISTS (SELECT 1 FROM course scope_course WHERE scope_course.id = ${columns.course} AND scope_course.owner_id = :scopeOwnerId)`, {
          scopeOwnerId: scope.ownerId,
        });
      case 'none':
        return qb.andWhere('1 = 0');
    }
  }

  /**
   * Authoring (courses, question banks): trainers and admins read every draft,
   * but only the author who owns it, or an admin, may change it.
   */
  assertAuthor(actor: Actor, ownerId: string): void {
    if (actor.role === 'admin' || (actor.role === 'trainer' && actor.id === ownerId)) return;
    throw new DomainError('not-author', 'Only its author or an admin may change this');
  }

  /**
   * Grading by hand: only the course's author or an admin. The attempts of another author's
   * course are not theirs to read (404 there), so grading one answers 404 too, never 403.
   */
  assertGrader(actor: Actor, courseOwnerId: string): void {
    if (actor.role === 'admin' || (actor.role === 'trainer' && actor.id === courseOwnerId)) return;
    throw new DomainError('attempt-not-found', 'Attempt not found');
  }

  /** For writes that name an institution directly (creating a unit, importing a roster). */
  assertInstitution(scope: Scope, institutionId: string): void {
    const allowed = scope.kind === 'all' || (scope.kind === 'institution' && scope.institutionId === institutionId);
    if (!allowed) throw new DomainError('institution-not-found', 'Institution not found');
  }
}
