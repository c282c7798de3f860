import { HttpStatus, Injectable } from '@nestjs/common';
import { isEmail } from 'class-validator';
import { DataSource, In } from 'typeorm';
import { Problem } from '../../common/http/problem';
import { AccessPolicy } from '../access/access-policy';
import { Actor } from '../access/actor';
import { AuditEntry, AuditService } from '../audit/audit.service';
import { AuthService } from '../auth/auth.service';
import { InstitutionsService } from '../institutions/institutions.service';
import { Unit } from '../institutions/unit.entity';
import { RosterImportResult } from './dto/user.dto';
import { parseRoster, RosterFormatError } from './parse-roster';
import { Role, ROLES, User } from './user.entity';
import { assignableRoles } from './users.service';

export const ROSTER_MAX_ROWS = 20_000;

/**
 * Imports a CSV roster into one institution. Good rows are imported and bad rows
 * reported by line; e-mail is the key, so uploading the same file again updates
 * people instead of creating them twice. Imported accounts have no password
 * until an admin sets one.
 */
@Injectable()
export class RosterImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly institutions: InstitutionsService,
  ) {}

  async import(actor: Actor, institutionId: string, csv: string): Promise<RosterImportResult> {
    await this.institutions.get(actor, institutionId);
    this.policy.assertInstitution(this.policy.scope(actor, 'user', 'manage'), institutionId);

    let parsed;
    try {
      parsed = parseRoster(csv);
    } catch (error) {
      if (error instanceof RosterFormatError) throw new Problem(HttpStatus.BAD_REQUEST, 'invalid-roster', error.message);
      throw error;
    }
    if (parsed.rows.length > ROSTER_MAX_ROWS) {
      throw new Problem(HttpStatus.PAYLOAD_TOO_LARGE, 'roster-too-large', `A roster may hold at most ${ROSTER_MAX_ROWS} rows`);
    }

    const result: RosterImportResult = { created: 0, updated: 0, unchanged: 0, errors: [...parsed.errors] };
    const grantable: readonly Role[] = assignableRoles(actor).filter((r) => r !== 'admin');

    await this.dataSource.transaction(async (em) => {
      const units = await em.findBy(Unit, { institutionId });
      const unitByCode = new Map(units.map((u) => [u.code.toLowerCase(), u.id]));
      const emails = parsed.rows.map((r) => r.email.trim().toLowerCase()).filter((e) => isEmail(e));
      const existing = await em.find(User, { where: { email: In(emails) }, lock: { mode: 'pessimistic_write' } });
      const existingByEmail = new Map(existing.map((u) => [u.email, u]));
      const firstLineOf = new Map<string, number>();
      const toCreate: Partial<User>[] = [];
      const auditEntries: AuditEntry[] = [];

      for (const row of parsed.rows) {
        const email = row.email.trim().toLowerCase();
        const fail = (reason: string) => result.errors.push({ line: row.line, email: row.email || undefined, reason });
        if (!isEmail(email) || email.length > 254) { fail('email is not a valid e-mail address'); continue; }
        if (firstLineOf.has(email)) { fail(`email repeats line ${firstLineOf.get(email)}`); continue; }
        firstLineOf.set(email, row.line);
        const fullName = row.fullName.trim();
        if (!fullName || fullName.length > 200) { fail('fullName must be 1–200 characters'); continue; }
        const role = (row.role.trim().toLowerCase() || 'officer') as Role;
        if (!ROLES.includes(role)) { fail(`role must be one of ${ROLES.join(', ')}`); continue; }
        if (!grantable.includes(role)) { fail(`your role may not import users with the role ${role}`); continue; }
        const unitCode = row.unitCode.trim();
        const unitId = unitCode ? unitByCode.get(unitCode.toLowerCase()) : null;
        if (unitId === undefined) { fail(`no unit with the code "${unitCode}" in this institution`); continue; }

        const current = existingByEmail.get(email);
        if (!current) {
          toCreate.push({ email, fullName, role, institutionId, unitId, locale: 'pl', active: true, passwordHash: null });
          continue;
        }
        if (current.institutionId !== institutionId) { fail('this e-mail belongs to a user of another institution'); continue; }
        if (!grantable.includes(current.role)) { fail(`your role may not change users with the role ${current.role}`); continue; }
        if (current.fullName === fullName && current.role === role && current.unitId === unitId) { result.unchanged++; continue; }

        const before = { fullName: current.fullName, role: current.role, unitId: current.unitId };
        await em.update(User, { id: current.id }, { fullName, role, unitId });
        result.updated++;
        auditEntries.push({ actorId: actor.id, action: 'user.updated', entityType: 'user', entityId: current.id, institutionId, before, after: { fullName, role, unitId } });
        if (before.role !== role) {
          auditEntries.push({ actorId: actor.id, action: 'user.role_changed', entityType: 'user', entityId: current.id, institutionId, before: { role: before.role }, after: { role } });
          await this.auth.revokeSessions(em, { userId: current.id }, 'role_changed');
        }
      }

      for (let i = 0; i < toCreate.length; i += 1000) {
        await em.insert(User, toCreate.slice(i, i + 1000));
      }
      result.created = toCreate.length;
      result.errors.sort((a, b) => a.line - b.line);
      auditEntries.push({
        actorId: actor.id,
        action: 'roster.imported',
        entityType: 'institution',
        entityId: institutionId,
        institutionId,
        after: { created: result.created, updated: result.updated, unchanged: result.unchanged, rejected: result.errors.length },
      });
      await this.audit.record(em, ...auditEntries);
    });
    return result;
  }
}
