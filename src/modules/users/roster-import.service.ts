import { Injectable } from '@nestjs/common';
import { isEmail } from 'class-validator';
import { DataSource, In } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import { AccessPolicy } from '../access/access-policy';
import { Actor } from '../access/actor';
import { AuditEntry, AuditService } from '../audit/audit.service';
import { AuthService } from '../auth/auth.service';
import { EnrollmentsService } from '../enrollments/enrollments.service';
import { InstitutionsService } from '../institutions/institutions.service';
import { Unit } from '../institutions/unit.entity';
import { RosterImportResult } from './dto/user.dto';
import { parseRoster, RosterColumn, RosterFormatError, RosterRow } from './parse-roster';
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
    private readonly enrollments: EnrollmentsService,
  ) {}

  async import(actor: Actor, institutionId: string, csv: string): Promise<RosterImportResult> {
    await this.institutions.get(actor, institutionId);
    this.policy.assertInstitution(this.policy.scope(actor, 'user', 'manage'), institutionId);

    let parsed;
    try {
      parsed = parseRoster(csv);
    } catch (error) {
      if (error instanceof RosterFormatError) throw new DomainError('invalid-roster', error.message);
      throw error;
    }
    if (parsed.rows.length > ROSTER_MAX_ROWS) {
      throw new DomainError('roster-too-large', `A roster may hold at most ${ROSTER_MAX_ROWS} rows`);
    }

    const result: RosterImportResult = { created: 0, updated: 0, unchanged: 0, errors: [...parsed.errors] };
    const grantable: readonly Role[] = assignableRoles(actor).filter((r) => r !== 'admin');

    /** Existing users given another role or unit: their signed-in actors change. */
    const changedUsers: string[] = [];
    await this.dataSource.transaction(async (em) => {
      const units = await em.findBy(Unit, { institutionId });
      const unitByCode = new Map(units.map((u) => [u.code.toLowerCase(), u.id]));
      const emails = parsed.rows.map((r) => r.email.trim().toLowerCase()).filter((e) => isEmail(e));
      const existing = await em.find(User, { where: { email: In(emails) }, lock: { mode: 'pessimistic_write' } });
      const existingByEmail = new Map(existing.map((u) => [u.email, u]));
      const firstLineOf = new Map<string, number>();
      const toCreate: (Partial<User> & { line: number })[] = [];
      const auditEntries: AuditEntry[] = [];
      /** Created, moved to another unit or made officers: they join the standing assignments. */
      const joiners: string[] = [];

      for (const row of parsed.rows) {
        const fail = (reason: string, column: RosterColumn = 'email') => result.errors.push({ line: row.line, column, email: row.email || undefined, reason });
        const values = readRow(row, unitByCode, grantable);
        if ('reason' in values) { fail(values.reason, values.column); continue; }
        const { email, fullName } = values;
        if (firstLineOf.has(email)) { fail(`email repeats line ${firstLineOf.get(email)}`); continue; }
        firstLineOf.set(email, row.line);

        const current = existingByEmail.get(email);
        if (!current) {
          const role = values.role ?? 'officer';
          toCreate.push({ line: row.line, email, fullName, role, institutionId, unitId: values.unitId ?? null, locale: 'pl', active: true, passwordHash: null });
          continue;
        }
        if (current.institutionId !== institutionId) { fail('this e-mail belongs to a user of another institution'); continue; }
        if (!grantable.includes(current.role)) { fail(`your role may not change users with the role ${current.role}`, 'role'); continue; }
        // An absent column or empty cell keeps the current value, as in Moodle's user upload.
        const role = values.role ?? current.role;
        const unitId = values.unitId === undefined ? current.unitId : values.unitId;
        if (current.fullName === fullName && current.role === role && current.unitId === unitId) { result.unchanged++; continue; }

        const before = { fullName: current.fullName, role: current.role, unitId: current.unitId };
        await em.update(User, { id: current.id }, { fullName, role, unitId });
        result.updated++;
        if (current.unitId !== unitId || current.role !== role) {
          joiners.push(current.id);
          changedUsers.push(current.id);
        }
        auditEntries.push({ actorId: actor.id, action: 'user.updated', entityType: 'user', entityId: current.id, institutionId, before, after: { fullName, role, unitId } });
        if (before.role !== role) {
          auditEntries.push({ actorId: actor.id, action: 'user.role_changed', entityType: 'user', entityId: current.id, institutionId, before: { role: before.role }, after: { role } });
          await this.auth.revokeSessions(em, { userId: current.id }, 'role_changed');
        }
      }

      for (let i = 0; i < toCreate.length; i += 1000) {
        const chunk = toCreate.slice(i, i + 1000);
        const inserted = await em
          .createQueryBuilder()
          .insert()
          .into(User)
          .values(chunk.map(({ line: _line, ...user }) => user))
          .orIgnore()
          .returning(['id', 'email'])
          .execute();
        // A concurrent import (or POST /users) may have created the same e-mail since we looked.
        const created = new Map((inserted.raw as { id: string; email: string }[]).map((r) => [r.email, r.id]));
        joiners.push(...created.values());
        for (const user of chunk) {
          const id = created.get(user.email!);
          if (!id) {
            result.errors.push({ line: user.line, column: 'email', email: user.email, reason: 'this e-mail was registered at the same moment by someone else; upload the file again' });
            continue;
          }
          result.created++;
          auditEntries.push({ actorId: actor.id, action: 'user.created', entityType: 'user', entityId: id, institutionId, after: { email: user.email, role: user.role, unitId: user.unitId } });
        }
      }
      await this.enrollments.enrollInStandingAssignments(em, joiners);
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
    this.auth.forgetUsers(changedUsers);
    return result;
  }
}

interface RowValues {
  email: string;
  fullName: string;
  /** null: the cell is empty or the column absent. */
  role: Role | null;
  /** undefined: the cell is empty or the column absent. */
  unitId: string | undefined;
}

/** Checks one row on its own terms; returns the column at fault and the reason when it is bad. */
function readRow(row: RosterRow, unitByCode: Map<string, string>, grantable: readonly Role[]): RowValues | { column: RosterColumn; reason: string } {
  const email = row.email.trim().toLowerCase();
  if (!isEmail(email) || email.length > 254) return { column: 'email', reason: 'email is not a valid e-mail address' };
  const fullName = row.fullName.trim();
  if (!fullName || fullName.length > 200) return { column: 'fullName', reason: 'fullName must be 1–200 characters' };
  const roleText = row.role.trim().toLowerCase();
  const role = roleText ? (roleText as Role) : null;
  if (role && !ROLES.includes(role)) return { column: 'role', reason: `role must be one of ${ROLES.join(', ')}` };
  if (role && !grantable.includes(role)) return { column: 'role', reason: `your role may not import users with the role ${role}` };
  const unitCode = row.unitCode.trim();
  const unitId = unitCode ? unitByCode.get(unitCode.toLowerCase()) : undefined;
  if (unitCode && !unitId) return { column: 'unitCode', reason: `no unit with the code "${unitCode}" in this institution` };
  return { email, fullName, role, unitId };
}
