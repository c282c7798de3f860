import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { ProblemCode } from '../../common/errors/problem-types';
import { Actor } from '../access/actor';
import { Role } from '../users/user.entity';

export const IS_PUBLIC = 'mosty:isPublic';
export const ROLES = 'mosty:roles';
export const ROLE_REFUSAL = 'mosty:roleRefusal';

/** What a role outside @Roles() is told: a 403 problem of its own code, when `role-forbidden` would not say why. */
export interface RoleRefusal {
  code: ProblemCode;
  detail: string;
}

/** The route needs no access token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these roles reach the route (403 otherwise); data scope is the access policy's job. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/** The 403 the other roles get on this route instead of `role-forbidden` (the code's status must be 403). */
export const RefuseOtherRoles = (code: ProblemCode, detail: string) => SetMetadata(ROLE_REFUSAL, { code, detail } satisfies RoleRefusal);

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => ctx.switchToHttp().getRequest().user);
