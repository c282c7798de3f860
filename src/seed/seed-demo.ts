import 'reflect-metadata';
import { DataSource, EntityManager, EntityTarget, In, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { AppConfig } from '../config/app-config';
import { loadConfigOrExit } from '../config/load-or-exit';
import { dataSourceOptions } from '../database/data-source-options';
import { AccessPolicy } from '../modules/access/access-policy';
import { AuditService } from '../modules/audit/audit.service';
import { PasswordHasher } from '../modules/auth/password-hasher';
import { Institution } from '../modules/institutions/institution.entity';
import { Unit } from '../modules/institutions/unit.entity';
import { User } from '../modules/users/user.entity';
import { DEMO_COURSE } from './demo-course';
import { DEMO_INSTITUTIONS, DEMO_PASSWORD, DEMO_USERS } from './demo-world';
import { assignDemoCourse, DemoCourseSummary, seedDemoCourse } from './seed-demo-course';
import { seedDemoHistory } from './seed-demo-history';

/** The trainer who authors the demo course. */
export const DEMO_COURSE_AUTHOR = DEMO_USERS.find((u) => u.role === 'trainer')!.email;
/** The platform admin who assigns the demo course. */
export const DEMO_ADMIN = DEMO_USERS.find((u) => u.role === 'admin')!.email;

/** How many rows this run created: all zero when the demo world was already there. */
export interface SeedSummary {
  institutions: number;
  units: number;
  users: number;
}

/**
 * Creates whatever of the demo world is missing and touches nothing that exists,
 * so it can run on every `npm run demo` and a password changed since survives.
 */
export async function seedDemo(dataSource: DataSource, hasher: PasswordHasher): Promise<SeedSummary> {
  // Outside the transaction (argon2 is slow) and once: every demo account shares the password.
  const passwordHash = await hasher.hash(DEMO_PASSWORD);
  return dataSource.transaction(async (em) => {
    const institutions = await insertMissing(
      em,
      Institution,
      DEMO_INSTITUTIONS.map(({ code, name, type }) => ({ code, name, type })),
    );
    const codes = DEMO_INSTITUTIONS.map((i) => i.code.toLowerCase());
    const institutionIds = new Map(
      (await em.createQueryBuilder(Institution, 'i').where('lower(i.code) IN (:...codes)', { codes }).getMany()).map((i) => [
        i.code.toLowerCase(),
        i.id,
      ]),
    );
    const institutionId = (code: string) => found(institutionIds, code.toLowerCase(), `institution ${code}`);

    const units = await insertMissing(
      em,
      Unit,
      DEMO_INSTITUTIONS.flatMap((i) => i.units.map(({ code, name }) => ({ institutionId: institutionId(i.code), code, name }))),
    );
    const unitIds = new Map(
      (await em.findBy(Unit, { institutionId: In([...institutionIds.values()]) })).map((u) => [unitKey(u.institutionId, u.code), u.id]),
    );

    const now = new Date();
    const users = await insertMissing(
      em,
      User,
      DEMO_USERS.map((u) => {
        const institution = u.institution ? institutionId(u.institution) : null;
        return {
          email: u.email.toLowerCase(),
          fullName: u.fullName,
          role: u.role,
          locale: u.locale,
          institutionId: institution,
          unitId: u.unit ? found(unitIds, unitKey(institution ?? '', u.unit), `unit ${u.institution}/${u.unit}`) : null,
          active: true,
          passwordHash,
          passwordChangedAt: now,
        };
      }),
    );

    const summary = { institutions, units, users };
    if (institutions + units + users > 0) {
      await new AuditService(dataSource, new AccessPolicy()).record(em, { actorId: null, action: 'seed.demo', entityType: 'demo_world', after: { ...summary } });
    }
    return summary;
  });
}

/**
 * Inserts the rows no unique index already holds (institution code and unit code
 * case-insensitively, user e-mail) and counts them. ON CONFLICT DO NOTHING also
 * keeps two seeds running at once from failing or duplicating anything.
 */
async function insertMissing<T extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<T>, rows: QueryDeepPartialEntity<T>[]): Promise<number> {
  const result = await em.createQueryBuilder().insert().into(entity).values(rows).orIgnore().returning('id').execute();
  return (result.raw as unknown[]).length;
}

const unitKey = (institutionId: string, code: string) => `${institutionId}/${code.toLowerCase()}`;

function found(ids: Map<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`The demo world refers to ${what}, which it does not define`);
  return id;
}

function report(summary: SeedSummary, course: DemoCourseSummary): string {
  const institutionNames = new Map(DEMO_INSTITUTIONS.map((i) => [i.code, i.name]));
  const rows = [
    ['role', 'name', 'e-mail', 'institution'],
    ...DEMO_USERS.map((u) => [u.role, u.fullName, u.email, u.institution ? (institutionNames.get(u.institution) ?? u.institution) : '—']),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
  const created =
    summary.institutions + summary.units + summary.users > 0
      ? `Demo world seeded: ${summary.institutions} institutions, ${summary.units} units, ${summary.users} users created.`
      : 'Demo world already present: nothing created.';
  const courseLine = course.publishedVersion
    ? `Demo course "${DEMO_COURSE.title.pl}" published as version ${course.publishedVersion} (${course.questionsCreated} questions created).`
    : `Demo course "${DEMO_COURSE.title.pl}" already published: nothing created.`;
  return [
    created,
    courseLine,
    '',
    line(rows[0]),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.slice(1).map(line),
    '',
    `Password of every demo account (demo only, never use it in production): ${DEMO_PASSWORD}`,
    'Accounts that already existed keep their current password.',
    '',
  ].join('\n');
}

/** `npm run seed:demo`, and `npm run demo` before it starts: the demo world, its course and history, with the logins printed. */
export async function seedDemoWorld(config: AppConfig): Promise<void> {
  // Demo accounts share a published password: they must never reach a production database.
  if (config.production) throw new Error('seed:demo refuses to run with NODE_ENV=production');
  const dataSource = await new DataSource(dataSourceOptions(config.databaseUrl, 2)).initialize();
  try {
    const world = await seedDemo(dataSource, new PasswordHasher());
    const course = await seedDemoCourse(dataSource, DEMO_COURSE_AUTHOR);
    const enrolled = await assignDemoCourse(dataSource, DEMO_ADMIN);
    const history = await seedDemoHistory(dataSource, config);
    process.stdout.write(report(world, course));
    process.stdout.write(enrolled ? `The demo course is assigned to every institution: ${enrolled} officers enrolled, due in 60 days.\n` : 'The demo course was assigned already.\n');
    process.stdout.write(
      history.officers
        ? `Demo history: ${history.officers} officers, ${history.enrollments} enrollments, ${history.attempts} graded attempts, ${history.certificates} certificates.\n`
        : 'Demo history already present: nothing created.\n',
    );
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  seedDemoWorld(loadConfigOrExit()).then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`seed:demo failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
