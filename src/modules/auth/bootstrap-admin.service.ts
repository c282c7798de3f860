import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AuditService } from '../audit/audit.service';
import { User } from '../users/user.entity';
import { PasswordHasher } from './password-hasher';

/** Creates the first admin from BOOTSTRAP_ADMIN_* when no admin exists yet. */
@Injectable()
export class BootstrapAdminService implements OnApplicationBootstrap {
  private readonly logger = new Logger(BootstrapAdminService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const wanted = this.config.bootstrapAdmin;
    if (!wanted) return;
    const passwordHash = await this.hasher.hash(wanted.password);
    const created = await this.dataSource.transaction(async (em) => {
      // Replicas starting together: one of them creates the admin.
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('mosty.bootstrap-admin'))`);
      const [existing] = await em.query(`SELECT 1 FROM "user" WHERE role = 'admin' LIMIT 1`);
      if (existing) return null;
      const admin = await em.save(
        em.create(User, {
          email: wanted.email.trim().toLowerCase(),
          fullName: 'Administrator',
          role: 'admin',
          institutionId: null,
          unitId: null,
          locale: 'pl',
          active: true,
          passwordHash,
          passwordChangedAt: new Date(),
        }),
      );
      await this.audit.record(em, {
        actorId: null,
        action: 'user.created',
        entityType: 'user',
        entityId: admin.id,
        after: { email: admin.email, role: 'admin', source: 'bootstrap' },
      });
      return admin;
    });
    if (created) this.logger.log(`Created the first admin account ${created.email}`);
  }
}
