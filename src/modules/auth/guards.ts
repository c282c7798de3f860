import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ValidationProblem } from '../../common/errors/domain-error';
import { flattenValidationErrors } from '../../common/http/validation';
import { AuthGuard } from '@nestjs/passport';
import { Actor } from '../access/actor';
import { Role } from '../users/user.entity';
import { IS_PUBLIC, ROLE_REFUSAL, RoleRefusal, ROLES } from './auth.decorators';
import { LoginDto } from './dto/login.dto';
import { DomainError } from '../../common/errors/domain-error';

/** Global: every route needs a valid access token unless marked @Public(). */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    return isPublic ? true : super.canActivate(context);
  }
}

/** Global: enforces @Roles(); routes without it are open to every signed-in role. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, [context.getHandler(), context.getClass()]);
    if (!roles) return true;
    const actor: Actor | undefined = context.switchToHttp().getRequest().user;
    if (actor && roles.includes(actor.role)) return true;
    const refusal = this.reflector.getAllAndOverride<RoleRefusal | undefined>(ROLE_REFUSAL, [context.getHandler(), context.getClass()]);
    throw refusal ? new DomainError(refusal.code, refusal.detail) : new DomainError('role-forbidden', 'Your role may not do this');
  }
}

/** Checks the body's shape first (400 for unknown or missing fields), then the credentials. */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override canActivate(context: ExecutionContext) {
    const body = context.switchToHttp().getRequest().body ?? {};
    if (typeof body !== 'object' || Array.isArray(body)) {
      throw new ValidationProblem([{ field: 'body', messages: ['the body must be a JSON object with email and password'] }]);
    }
    const errors = validateSync(plainToInstance(LoginDto, body), { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0) throw new ValidationProblem(flattenValidationErrors(errors));
    return super.canActivate(context);
  }
}
