import { publishCourse, enroll } from '../support/courses';
import { publishLessonCourse } from '../support/lesson-courses';
import { VALID_QUESTIONS } from '../support/questions';
import { bearer, TestApp } from '../support/test-app';
import { createInstitutionWithPeople, PASSWORD } from '../support/world';

export const ROLES = ['officer', 'trainer', 'institution_admin', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Identity {
  role: Role;
  id: string;
  email: string;
  token: string;
}

/**
 * A small world made through the API, whose ids the fuzzer mixes into its requests so that they
 * reach the handlers, and one signed-in user per role. The fuzzer may deactivate, demote or sign
 * out any of them: `repair` puts a working user of each role back, made by the bootstrap admin,
 * whose id the fuzzer never learns.
 */
export class FuzzWorld {
  readonly identities = new Map<Role, Identity>();
  /** Real ids by the path segment that names their kind (`courses`, `attempts`, …). */
  readonly ids = new Map<string, Set<string>>();
  institutionId: string;
  unitId: string;
  private created = 0;

  private constructor(
    private readonly t: TestApp,
    private readonly keeperToken: string,
  ) {}

  static async build(t: TestApp): Promise<FuzzWorld> {
    const world = new FuzzWorld(t, await t.adminToken());
    await world.populate();
    return world;
  }

  allIds(): string[] {
    return [...this.ids.values()].flatMap((set) => [...set]);
  }

  idsOf(kind: string): string[] {
    return [...(this.ids.get(kind) ?? [])];
  }

  private add(kind: string, ...ids: (string | number | undefined)[]) {
    const set = this.ids.get(kind) ?? new Set<string>();
    for (const id of ids) if (id !== undefined && id !== '') set.add(String(id));
    this.ids.set(kind, set);
  }

  private async populate() {
    const keeper = this.keeperToken;
    const a = await createInstitutionWithPeople(this.t, keeper, 'FZA');
    const b = await createInstitutionWithPeople(this.t, keeper, 'FZB');
    this.institutionId = a.id;
    this.unitId = a.unitId;
    this.add('institutions', a.id, b.id);
    this.add('units', a.unitId, b.unitId);
    this.add('users', a.coordinator.id, a.officer.id, a.trainer.id, b.coordinator.id, b.officer.id, b.trainer.id);
    this.identities.set('officer', { role: 'officer', ...a.officer });
    this.identities.set('trainer', { role: 'trainer', ...a.trainer });
    this.identities.set('institution_admin', { role: 'institution_admin', ...a.coordinator });
    this.identities.set('admin', await this.createIdentity('admin'));

    const trainer = a.trainer.token;
    const quizCourse = await publishCourse(this.t, trainer, { title: 'Kurs fuzz', questions: Object.values(VALID_QUESTIONS), quiz: { maxAttempts: 20 }, minStudySeconds: 0 });
    const lessonCourse = await publishLessonCourse(this.t, trainer, { lessons: 1, minStudySeconds: 0 });
    const draft = await publishCourse(this.t, b.trainer.token, { title: 'Szkic B', questions: [VALID_QUESTIONS.essay], publish: false });
    this.add('courses', quizCourse.courseId, lessonCourse.courseId, draft.courseId);
    this.add('modules', ...quizCourse.lessonIds, quizCourse.quizModuleId, ...lessonCourse.lessonIds, ...draft.lessonIds, draft.quizModuleId);
    this.add('questions', ...quizCourse.questionIds, ...draft.questionIds);
    this.add('versions', 1, 2);
    const banks = await this.t.http.get('/api/v1/question-banks').set(bearer(keeper)).expect(200);
    this.add('question-banks', ...banks.body.items.map((bank: { id: string }) => bank.id));

    const [quizEnrollment] = await enroll(this.t, keeper, quizCourse.courseId, [a.officer.id]);
    const [lessonEnrollment] = await enroll(this.t, keeper, lessonCourse.courseId, [a.officer.id]);
    this.add('enrollments', quizEnrollment, lessonEnrollment);
    const officer = bearer(a.officer.token);
    for (const [enrollment, lesson] of [
      [quizEnrollment, quizCourse.lessonIds[0]],
      [lessonEnrollment, lessonCourse.lessonIds[0]],
    ]) {
      await this.t.http.get(`/api/v1/enrollments/${enrollment}/modules/${lesson}`).set(officer).expect(200);
      await this.t.http.post(`/api/v1/enrollments/${enrollment}/modules/${lesson}/complete`).set(officer).expect(200);
    }
    for (let i = 0; i < 2; i++) {
      const attempt = await this.t.http.post(`/api/v1/enrollments/${quizEnrollment}/modules/${quizCourse.quizModuleId}/attempts`).set(officer).expect(201);
      this.add('attempts', attempt.body.id);
      if (i === 0) await this.t.http.post(`/api/v1/attempts/${attempt.body.id}/submit`).set(officer).send({}).expect(202);
    }

    const certificate = await this.waitForCertificate(a.officer.token);
    this.add('certificates', certificate.id);
    this.add('verify', certificate.verificationCode);
    const exported = await this.t.http
      .post('/api/v1/reports/exports')
      .set(bearer(a.coordinator.token))
      .send({ kind: 'completion', institutionId: a.id, format: 'csv' })
      .expect(202);
    this.add('exports', exported.body.id);
    const notifications = await this.t.http.get('/api/v1/notifications').set(officer).expect(200);
    this.add('notifications', ...notifications.body.items.map((n: { id: string }) => n.id));
  }

  private async waitForCertificate(token: string): Promise<{ id: string; verificationCode: string }> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const res = await this.t.http.get('/api/v1/certificates').set(bearer(token)).expect(200);
      if (res.body.items.length) return res.body.items[0];
      if (Date.now() > deadline) throw new Error('the fuzz world got no certificate within 20 s');
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  private async createIdentity(role: Role): Promise<Identity> {
    const email = `fuzz.${role}.${++this.created}@mosty.test`;
    const res = await this.t.http
      .post('/api/v1/users')
      .set(bearer(this.keeperToken))
      .send({ email, fullName: `Fuzz ${role}`, role, password: PASSWORD, ...(role === 'admin' ? {} : { institutionId: this.institutionId, unitId: this.unitId }) });
    if (res.status !== 201) throw new Error(`creating a ${role} for the fuzzer answered ${res.status}: ${JSON.stringify(res.body)}`);
    this.add('users', res.body.id);
    return { role, id: res.body.id, email, token: (await this.t.login(email, PASSWORD)).accessToken };
  }

  /** Puts back a signed-in user of each role where the fuzzer signed one out, deactivated, demoted or renamed it. */
  async repair(): Promise<number> {
    let repaired = 0;
    for (const role of ROLES) {
      const identity = this.identities.get(role)!;
      const me = await this.t.http.get('/api/v1/auth/me').set(bearer(identity.token));
      if (me.status === 200 && me.body.role === role) continue;
      repaired++;
      const login = await this.t.http.post('/api/v1/auth/login').send({ email: identity.email, password: PASSWORD });
      if (login.status === 200 && login.body.user.role === role) {
        identity.token = login.body.accessToken;
        continue;
      }
      this.identities.set(role, await this.createIdentity(role));
    }
    return repaired;
  }
}
