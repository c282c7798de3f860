import { publishCourse, PublishedCourse, waitForGrading } from './courses';
import { exportsApi } from './exports';
import { emitJob, waitFor } from './notification-jobs';
import { VALID_QUESTIONS } from './questions';
import { bearer, TestApp } from './test-app';
import { createInstitutionWithPeople, PASSWORD, Person } from './world';

export type Role = 'anonymous' | 'officer' | 'trainer' | 'institution_admin' | 'admin';
export const ROLES: Role[] = ['anonymous', 'officer', 'trainer', 'institution_admin', 'admin'];
/**
 * Where the object a route names stands from the caller, who is always of institution A:
 * `own` — the caller's own (their attempt, their account; for authored objects, the caller's
 * institution's trainer's, i.e. the trainer's own), `institution` — a colleague's in A,
 * `other` — one of institution B.
 */
export type Scope = 'own' | 'institution' | 'other';

/** One person of the matrix: signed in, with their refresh token too. */
export interface Caller extends Person {
  role: Role;
  refreshToken: string;
}

/** What one institution holds: people, courses by its trainer, and their officers' work in every state. */
export interface Side {
  id: string;
  unitId: string;
  coordinator: Person;
  officers: Person[];
  trainer: Person;
  /** A lesson and a one-question quiz (attempts left in progress). */
  quiz: PublishedCourse;
  /** An essay quiz (attempts waiting for a trainer). */
  essay: PublishedCourse;
  /** One lesson (completed: certificates). */
  lessons: PublishedCourse;
  bankId: string;
  /** Per officer, in the order of `officers`. */
  quizEnrollments: string[];
  openAttempts: string[];
  reviewAttempts: string[];
  certificates: { id: string; verificationCode: string }[];
  notifications: string[];
  exportId: string;
}

const DAY = 86_400_000;

/**
 * Two institutions with real objects of every kind, made through the API (and the worker):
 * A (police) with two officers, B (municipal guard) with one; each with its own trainer's
 * courses, attempts in progress and waiting for review, certificates with their PDF, a ready
 * export, and due reminders in the officers' inboxes.
 */
export async function buildAccessWorld(t: TestApp) {
  const adminToken = await t.adminToken();
  const [a, b] = await Promise.all([side(t, adminToken, 'KMP', 'police', 2), side(t, adminToken, 'SM', 'municipal_guard', 1)]);
  await emitJob(t, 'due-reminders', {});
  for (const s of [a, b]) {
    for (const officer of s.officers) {
      const id = await waitFor(`a due reminder for ${officer.email}`, async () => {
        const rows: { id: string }[] = await t.dataSource.query(`SELECT id FROM notification WHERE recipient_id = $1 LIMIT 1`, [officer.id]);
        return rows[0]?.id;
      });
      s.notifications.push(id);
    }
  }
  const adminMe = await t.http.get('/api/v1/auth/me').set(bearer(adminToken)).expect(200);
  const admin: Person = { id: adminMe.body.id, email: adminMe.body.email, token: adminToken };
  return new AccessWorld(t, admin, a, b);
}

async function side(t: TestApp, adminToken: string, code: string, type: string, officerCount: number): Promise<Side> {
  const people = await createInstitutionWithPeople(t, adminToken, code, type);
  const officers = [people.officer];
  for (let i = 2; i <= officerCount; i++) officers.push(await createPerson(t, adminToken, 'officer', people.id, people.unitId, `funkcjonariusz${i}.${code}`));
  const trainer = people.trainer.token;
  // Meant for the institution's own type only: the other institution's officers do not see them.
  const audience = [type];
  const quiz = await publishCourse(t, trainer, { title: `Quiz ${code}`, audience, questions: [VALID_QUESTIONS.true_false], quiz: { maxAttempts: 10 } });
  const essay = await publishCourse(t, trainer, { title: `Esej ${code}`, audience, questions: [VALID_QUESTIONS.essay], lessons: 0 });
  const lessons = await publishCourse(t, trainer, { title: `Lekcje ${code}`, audience });
  const bankId = (await t.http.post('/api/v1/question-banks').set(bearer(trainer)).send({ name: `Bank ${code}` }).expect(201)).body.id;
  const userIds = officers.map((o) => o.id);
  // The quiz is due within the week: the due reminders below put one in every officer's inbox.
  const assign = async (courseId: string, days: number) => {
    await t.http.post('/api/v1/assignments').set(bearer(adminToken)).send({ courseId, userIds, dueAt: new Date(Date.now() + days * DAY).toISOString() }).expect(201);
    const rows: { id: string; user_id: string }[] = await t.dataSource.query(`SELECT id, user_id FROM enrollment WHERE course_id = $1`, [courseId]);
    return userIds.map((id) => rows.find((r) => r.user_id === id)!.id);
  };
  const quizEnrollments = await assign(quiz.courseId, 3);
  const essayEnrollments = await assign(essay.courseId, 30);
  const lessonEnrollmentIds = await assign(lessons.courseId, 30);

  const openAttempts: string[] = [];
  const reviewAttempts: string[] = [];
  for (const [i, officer] of officers.entries()) {
    const start = (enrollment: string, module: string) =>
      t.http.post(`/api/v1/enrollments/${enrollment}/modules/${module}/attempts`).set(bearer(officer.token)).expect(201);
    openAttempts.push((await start(quizEnrollments[i], quiz.quizModuleId)).body.id);
    const review = (await start(essayEnrollments[i], essay.quizModuleId)).body.id;
    await t.http
      .post(`/api/v1/attempts/${review}/submit`)
      .set(bearer(officer.token))
      .send({ answers: [{ questionId: essay.questionIds[0], text: 'Wzywam niezależnego tłumacza.' }] })
      .expect(202);
    expect((await waitForGrading(t, officer.token, review)).status).toBe('needs_review');
    reviewAttempts.push(review);
    const enrollment = lessonEnrollmentIds[i];
    const lesson = `/api/v1/enrollments/${enrollment}/modules/${lessons.lessonIds[0]}`;
    await t.http.get(lesson).set(bearer(officer.token)).expect(200);
    await t.http.post(`${lesson}/complete`).set(bearer(officer.token)).expect(200);
  }
  await waitFor(`certificates with their PDFs in ${code}`, async () => {
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM certificate c JOIN enrollment e ON e.id = c.enrollment_id WHERE e.course_id = $1 AND c.pdf_rendered_at IS NOT NULL`,
      [lessons.courseId],
    );
    return n === officers.length;
  });
  const certRows: { id: string; verification_code: string; user_id: string }[] = await t.dataSource.query(
    `SELECT c.id, c.verification_code, e.user_id FROM certificate c JOIN enrollment e ON e.id = c.enrollment_id WHERE e.course_id = $1`,
    [lessons.courseId],
  );
  const exports = exportsApi(() => t);
  const exportId = (await exports.post(people.coordinator.token, { kind: 'completion', institutionId: people.id, format: 'csv' }).expect(202)).body.id;
  expect((await exports.finished(people.coordinator.token, exportId)).status).toBe('ready');
  return {
    id: people.id,
    unitId: people.unitId,
    coordinator: people.coordinator,
    officers,
    trainer: people.trainer,
    quiz,
    essay,
    lessons,
    bankId,
    quizEnrollments,
    openAttempts,
    reviewAttempts,
    certificates: officers.map((o) => {
      const row = certRows.find((r) => r.user_id === o.id)!;
      return { id: row.id, verificationCode: row.verification_code };
    }),
    notifications: [],
    exportId,
  };
}

async function createPerson(t: TestApp, adminToken: string, role: string, institutionId: string | undefined, unitId: string | undefined, slug: string): Promise<Caller> {
  const email = `${slug}@mosty.test`.toLowerCase();
  const body = { email, fullName: `Osoba ${slug}`, role, password: PASSWORD, ...(institutionId ? { institutionId, unitId } : {}) };
  const created = await t.http.post('/api/v1/users').set(bearer(adminToken)).send(body).expect(201);
  const session = await t.login(email, PASSWORD);
  return { id: created.body.id, email, token: session.accessToken, refreshToken: session.refreshToken, role: role as Role };
}

/** The params (path ids and what a body needs) of one object, keyed as the route's path names them. */
export type Params = Record<string, string>;

let serial = 0;

export class AccessWorld {
  constructor(
    readonly t: TestApp,
    readonly admin: Person,
    readonly a: Side,
    readonly b: Side,
  ) {}

  /** The matrix's caller for a role: A's officer, trainer or coordinator, or the admin; anonymous has no token. */
  caller(role: Role): Caller {
    const person = { officer: this.a.officers[0], trainer: this.a.trainer, institution_admin: this.a.coordinator, admin: this.admin, anonymous: undefined }[role];
    return { id: person?.id ?? '', email: person?.email ?? '', token: person?.token ?? '', refreshToken: '', role };
  }

  /** A caller of its own (in A; admins in none), for a call that ends its session or spends it. */
  async freshCaller(role: Role): Promise<Caller> {
    // An anonymous caller sends no token, but holds a refresh token (of an officer's new session) for POST /auth/refresh.
    if (role === 'anonymous') return { ...(await this.freshCaller('officer')), id: '', token: '', role };
    const inA = role !== 'admin';
    return createPerson(this.t, this.admin.token, role, inA ? this.a.id : undefined, inA ? this.a.unitId : undefined, `fresh-${role}-${++serial}`);
  }

  /** Someone new of institution A or B (an officer), e.g. to be deactivated. */
  async freshUser(scope: Scope, caller: Caller, deactivated = false): Promise<string> {
    if (scope === 'own') return caller.id || this.a.officers[0].id;
    const s = scope === 'other' ? this.b : this.a;
    const user = await createPerson(this.t, this.admin.token, 'officer', s.id, s.unitId, `target-${++serial}`);
    if (deactivated) await this.t.http.post(`/api/v1/users/${user.id}/deactivate`).set(bearer(this.admin.token)).expect(200);
    return user.id;
  }

  /** The side an officer-owned object comes from, and which of its officers: own → A's first (the caller), institution → A's second, other → B's. */
  private officerOf(scope: Scope): [Side, number] {
    return scope === 'own' ? [this.a, 0] : scope === 'institution' ? [this.a, 1] : [this.b, 0];
  }

  /** Authored objects: own → A's trainer's, other → B's trainer's. */
  private authorOf(scope: Scope): Side {
    if (scope === 'institution') throw new Error('authored objects have the scopes own and other');
    return scope === 'own' ? this.a : this.b;
  }

  /** Institution-level objects: institution → A, other → B. */
  private institutionOf(scope: Scope): Side {
    if (scope === 'own') throw new Error('institution-level objects have the scopes institution and other');
    return scope === 'institution' ? this.a : this.b;
  }

  readonly objects: Record<ObjectKind, ObjectKindSpec> = {
    institution: { scopes: ['institution', 'other'], params: (scope) => this.institutionParams(scope) },
    user: {
      scopes: ['own', 'institution', 'other'],
      params: (scope, caller) => {
        const [s, i] = this.officerOf(scope);
        // courseId: a course meant for the user's institution (to assign it).
        return { ...this.institutionParams(scope === 'other' ? 'other' : 'institution'), id: scope === 'own' ? caller.id || s.officers[i].id : s.officers[i].id, courseId: s.lessons.courseId };
      },
    },
    course: { scopes: ['own', 'other'], params: (scope) => this.courseParams(this.authorOf(scope)) },
    bank: {
      scopes: ['own', 'other'],
      params: (scope) => ({ id: this.authorOf(scope).bankId }),
    },
    question: { scopes: ['own', 'other'], params: (scope) => ({ id: this.authorOf(scope).quiz.questionIds[0] }) },
    enrollment: {
      scopes: ['own', 'institution', 'other'],
      params: (scope) => {
        const [s, i] = this.officerOf(scope);
        return { id: s.quizEnrollments[i], moduleId: s.quiz.lessonIds[0], quizModuleId: s.quiz.quizModuleId };
      },
    },
    attempt: {
      scopes: ['own', 'institution', 'other'],
      params: (scope) => {
        const [s, i] = this.officerOf(scope);
        return { id: s.openAttempts[i], questionId: s.quiz.questionIds[0] };
      },
    },
    reviewAttempt: {
      scopes: ['own', 'institution', 'other'],
      params: (scope) => {
        const [s, i] = this.officerOf(scope);
        return { id: s.reviewAttempts[i], questionId: s.essay.questionIds[0] };
      },
    },
    certificate: {
      scopes: ['own', 'institution', 'other'],
      params: (scope) => {
        const [s, i] = this.officerOf(scope);
        return { id: s.certificates[i].id, code: s.certificates[i].verificationCode };
      },
    },
    notification: {
      scopes: ['own', 'institution', 'other'],
      params: (scope) => {
        const [s, i] = this.officerOf(scope);
        return { id: s.notifications[i] };
      },
    },
    export: { scopes: ['institution', 'other'], params: (scope) => ({ id: this.institutionOf(scope).exportId }) },
  };

  private institutionParams(scope: Scope): Params {
    const s = this.institutionOf(scope);
    return { id: s.id, institutionId: s.id, unitId: s.unitId };
  }

  private courseParams(s: Side): Params {
    return { id: s.quiz.courseId, moduleId: s.quiz.lessonIds[0], version: '1', questionId: s.quiz.questionIds[0] };
  }

  /** A new draft lesson in the scope's course (to be deleted), by its author. */
  async freshModule(scope: Scope): Promise<Params> {
    const s = this.authorOf(scope);
    const module = await this.t.http
      .post(`/api/v1/courses/${s.quiz.courseId}/modules`)
      .set(bearer(s.trainer.token))
      .send({ kind: 'lesson', title: { pl: 'Do usunięcia' }, body: { pl: 'Treść' } })
      .expect(201);
    return { ...this.courseParams(s), moduleId: module.body.id };
  }

  /** A new question in the scope's bank (to be deleted), by its author. */
  async freshQuestion(scope: Scope): Promise<Params> {
    const s = this.authorOf(scope);
    const question = await this.t.http.post(`/api/v1/question-banks/${s.bankId}/questions`).set(bearer(s.trainer.token)).send(VALID_QUESTIONS.true_false).expect(201);
    return { id: question.body.id };
  }
}

export type ObjectKind =
  | 'institution'
  | 'user'
  | 'course'
  | 'bank'
  | 'question'
  | 'enrollment'
  | 'attempt'
  | 'reviewAttempt'
  | 'certificate'
  | 'notification'
  | 'export';

export interface ObjectKindSpec {
  scopes: Scope[];
  params(scope: Scope, caller: Caller): Params;
}
