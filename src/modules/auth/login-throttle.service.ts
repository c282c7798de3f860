import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { DomainError } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';

/**
 * Per-account brute-force protection, kept in PostgreSQL so that every API replica
 * shares it. Keyed by the e-mail as typed (lower-cased), so unknown accounts are
 * throttled the same way as real ones. A colleague behind the same NAT address is
 * unaffected: the per-address limit is separate and generous.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async assertNotLocked(email: string): Promise<void> {
    const [row] = await this.dataSource.query(
      `SELECT ceil(extract(epoch FROM locked_until - now()))::int AS seconds FROM login_throttle WHERE email = $1 AND locked_until > now()`,
      [email],
    );
    if (row) throw this.lockedProblem(row.seconds);
  }

  /** Counts a failure; the failure that reaches the limit locks the account for a while. */
  async recordFailure(email: string, userId: string | null, institutionId: string | null): Promise<void> {
    const { maxFailures, lockoutSeconds } = this.config.login;
    await this.dataSource.transaction(async (em) => {
      const [row] = await em.query(
        `INSERT INTO login_throttle (email, failures, window_started_at) VALUES ($1, 1, now())
         ON CONFLICT (email) DO UPDATE SET
           failures = CASE WHEN login_throttle.window_started_at < now() - make_interval(secs => $2) THEN 1 ELSE login_throttle.failures + 1 END,
           window_started_at = CASE WHEN login_throttle.window_started_at < now() - make_interval(secs => $2) THEN now() ELSE login_throttle.window_started_at END
         RETURNING failures`,
        [email, lockoutSeconds],
      );
      if (row.failures < maxFailures) return;
      await em.query(
        `UPDATE login_throttle SET locked_until = now() + make_interval(secs => $2), failures = 0, window_started_at = now() WHERE email = $1`,
        [email, lockoutSeconds],
      );
      await this.audit.record(em, {
        actorId: null,
        action: 'auth.lockout',
        entityType: 'user',
        entityId: userId,
        institutionId,
        after: { email, failures: row.failures, lockedForSeconds: lockoutSeconds },
      });
    });
  }

  async reset(email: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_throttle WHERE email = $1`, [email]);
  }

  private lockedProblem(seconds: number): DomainError {
    return new DomainError('login-locked', 'Too many failed sign-ins for this account; try again later', {
      retryAfterSeconds: Math.max(1, seconds),
    });
  }
}
