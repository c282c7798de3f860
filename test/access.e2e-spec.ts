import { TestApp, bearer } from './support/test-app';
import { createInstitutionWithPeople, PASSWORD } from './support/world';

/** Each role's reach, and the rule that another institution's objects do not exist (404). */
describe('institutions, units and users: who reaches what', () => {
  let t: TestApp;
  let adminToken: string;
  let krakow: Awaited<ReturnType<typeof createInstitutionWithPeople>>;
  let guard: Awaited<ReturnType<typeof createInstitutionWithPeople>>;

  beforeAll(async () => {
    t = await TestApp.start();
    adminToken = await t.adminToken();
    krakow = await createInstitutionWithPeople(t, adminToken, 'KMP');
    guard = await createInstitutionWithPeople(t, adminToken, 'SM', 'municipal_guard');
  });
  afterAll(() => t.close());

  describe('institutions', () => {
    it('admins create, list, read and rename them; the fields follow the contract', async () => {
      const created = await t.http
        .post('/api/v1/institutions')
        .set(bearer(adminToken))
        .send({ name: 'Placówka Straży Granicznej w Krakowie-Balicach', type: 'border_guard', code: 'SG-BALICE' })
        .expect(201);
      expect(created.body).toEqual({ id: expect.any(String), name: 'Placówka Straży Granicznej w Krakowie-Balicach', type: 'border_guard', code: 'SG-BALICE' });
      const list = await t.http.get('/api/v1/institutions?limit=100').set(bearer(adminToken)).expect(200);
      expect(list.body.items.map((i: { code: string }) => i.code)).toEqual(expect.arrayContaining(['KMP', 'SM', 'SG-BALICE']));
      const renamed = await t.http.patch(`/api/v1/institutions/${created.body.id}`).set(bearer(adminToken)).send({ name: 'PSG Kraków-Balice' }).expect(200);
      expect(renamed.body).toMatchObject({ name: 'PSG Kraków-Balice', code: 'SG-BALICE' });
    });

    it('refuse a duplicate code in another letter case (409) and an unknown type (400)', async () => {
      const dup = await t.http.post('/api/v1/institutions').set(bearer(adminToken)).send({ name: 'Kopia', type: 'police', code: 'kmp' }).expect(409);
      expect(dup.body.type).toBe('urn:mosty:problem:duplicate-code');
      const bad = await t.http.post('/api/v1/institutions').set(bearer(adminToken)).send({ name: 'X', type: 'army', code: 'X' }).expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'type' })]);
    });

    it('officers, trainers and institution admins cannot manage institutions', async () => {
      for (const person of [krakow.officer, krakow.trainer, krakow.coordinator]) {
        await t.http.post('/api/v1/institutions').set(bearer(person.token)).send({ name: 'Nowa', type: 'other', code: `N-${person.id.slice(0, 4)}` }).expect(403);
        await t.http.patch(`/api/v1/institutions/${krakow.id}`).set(bearer(person.token)).send({ name: 'Przejęta' }).expect(403);
      }
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM institution WHERE code LIKE 'N-%'`);
      expect(count).toBe(0);
    });

    it('non-admins see only their own institution; another institution answers 404', async () => {
      const list = await t.http.get('/api/v1/institutions').set(bearer(krakow.coordinator.token)).expect(200);
      expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([krakow.id]);
      await t.http.get(`/api/v1/institutions/${krakow.id}`).set(bearer(krakow.officer.token)).expect(200);
      const hidden = await t.http.get(`/api/v1/institutions/${guard.id}`).set(bearer(krakow.coordinator.token)).expect(404);
      expect(hidden.body).not.toHaveProperty('name');
      expect(JSON.stringify(hidden.body)).not.toContain('SM');
    });
  });

  describe('units', () => {
    it('an institution admin creates units in their own institution only', async () => {
      const unit = await t.http
        .post(`/api/v1/institutions/${krakow.id}/units`)
        .set(bearer(krakow.coordinator.token))
        .send({ name: 'Komisariat Policji IV w Krakowie', code: 'KP4' })
        .expect(201);
      expect(unit.body).toEqual({ id: expect.any(String), institutionId: krakow.id, name: 'Komisariat Policji IV w Krakowie', code: 'KP4' });
      await t.http.post(`/api/v1/institutions/${guard.id}/units`).set(bearer(krakow.coordinator.token)).send({ name: 'Obca', code: 'X1' }).expect(404);
      await t.http.get(`/api/v1/institutions/${guard.id}/units`).set(bearer(krakow.coordinator.token)).expect(404);
      await t.http.patch(`/api/v1/institutions/${guard.id}/units/${guard.unitId}`).set(bearer(krakow.coordinator.token)).send({ name: 'Obca' }).expect(404);
      await t.http.post(`/api/v1/institutions/${krakow.id}/units`).set(bearer(krakow.officer.token)).send({ name: 'Nie', code: 'NO' }).expect(403);
      await t.http.post(`/api/v1/institutions/${krakow.id}/units`).set(bearer(krakow.coordinator.token)).send({ name: 'Dubel', code: 'kp4' }).expect(409);
    });

    it('units list is paginated and limited to 100 per page', async () => {
      const page = await t.http.get(`/api/v1/institutions/${krakow.id}/units?limit=1&page=2`).set(bearer(krakow.officer.token)).expect(200);
      expect(page.body).toMatchObject({ page: 2, limit: 1, total: 2 });
      expect(page.body.items).toHaveLength(1);
      await t.http.get(`/api/v1/institutions/${krakow.id}/units?limit=101`).set(bearer(krakow.officer.token)).expect(400);
    });
  });

  describe('users', () => {
    it('e-mail is unique regardless of letter case (409)', async () => {
      const res = await t.http
        .post('/api/v1/users')
        .set(bearer(adminToken))
        .send({ email: krakow.officer.email.toUpperCase(), fullName: 'Kopia', role: 'officer', password: PASSWORD, institutionId: krakow.id })
        .expect(409);
      expect(res.body.type).toBe('urn:mosty:problem:duplicate-email');
    });

    it('keeps any Unicode name', async () => {
      const res = await t.http
        .post('/api/v1/users')
        .set(bearer(krakow.coordinator.token))
        .send({ email: 'lukasz.zolc@mosty.test', fullName: 'Łukasz Żółć', role: 'officer', password: PASSWORD, unitId: krakow.unitId, locale: 'uk' })
        .expect(201);
      expect(res.body).toMatchObject({ fullName: 'Łukasz Żółć', institutionId: krakow.id, unitId: krakow.unitId, role: 'officer' });
    });

    it('an institution admin creates officers of their own institution only', async () => {
      const base = { fullName: 'Olena Szewczenko', password: PASSWORD };
      await t.http.post('/api/v1/users').set(bearer(krakow.coordinator.token)).send({ ...base, email: 'a1@mosty.test', role: 'trainer' }).expect(403);
      await t.http.post('/api/v1/users').set(bearer(krakow.coordinator.token)).send({ ...base, email: 'a2@mosty.test', role: 'admin' }).expect(403);
      await t.http.post('/api/v1/users').set(bearer(krakow.coordinator.token)).send({ ...base, email: 'a3@mosty.test', role: 'officer', institutionId: guard.id }).expect(404);
      await t.http.post('/api/v1/users').set(bearer(krakow.coordinator.token)).send({ ...base, email: 'a4@mosty.test', role: 'officer', unitId: guard.unitId }).expect(422);
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM "user" WHERE email LIKE 'a_@mosty.test'`);
      expect(count).toBe(0);
    });

    it('officers and trainers cannot create users and see only themselves', async () => {
      for (const person of [krakow.officer, krakow.trainer]) {
        await t.http.post('/api/v1/users').set(bearer(person.token)).send({ email: 'x@mosty.test', fullName: 'X', role: 'officer', password: PASSWORD }).expect(403);
        const list = await t.http.get('/api/v1/users').set(bearer(person.token)).expect(200);
        expect(list.body.items.map((u: { id: string }) => u.id)).toEqual([person.id]);
        await t.http.get(`/api/v1/users/${krakow.coordinator.id}`).set(bearer(person.token)).expect(404);
        await t.http.patch(`/api/v1/users/${person.id}`).set(bearer(person.token)).send({ role: 'admin' }).expect(403);
      }
    });

    it("an institution admin gets 404 for another institution's users, and changes nothing there", async () => {
      await t.http.get(`/api/v1/users/${guard.officer.id}`).set(bearer(krakow.coordinator.token)).expect(404);
      await t.http.patch(`/api/v1/users/${guard.officer.id}`).set(bearer(krakow.coordinator.token)).send({ fullName: 'Zmieniony' }).expect(404);
      await t.http.post(`/api/v1/users/${guard.officer.id}/deactivate`).set(bearer(krakow.coordinator.token)).expect(404);
      const list = await t.http.get(`/api/v1/users?institutionId=${guard.id}`).set(bearer(krakow.coordinator.token)).expect(200);
      expect(list.body.items).toEqual([]);
      const all = await t.http.get('/api/v1/users?limit=100').set(bearer(krakow.coordinator.token)).expect(200);
      expect(all.body.items.every((u: { institutionId: string }) => u.institutionId === krakow.id)).toBe(true);
      const untouched = await t.http.get(`/api/v1/users/${guard.officer.id}`).set(bearer(adminToken)).expect(200);
      expect(untouched.body).toMatchObject({ fullName: 'funkcjonariusz SM', active: true });
    });

    it('an institution admin may not change a colleague of another role', async () => {
      await t.http.patch(`/api/v1/users/${krakow.trainer.id}`).set(bearer(krakow.coordinator.token)).send({ fullName: 'Nowe' }).expect(403);
      await t.http.patch(`/api/v1/users/${krakow.officer.id}`).set(bearer(krakow.coordinator.token)).send({ role: 'institution_admin' }).expect(403);
    });

    it('lists filter by role, unit and text and never show a password hash', async () => {
      const res = await t.http.get(`/api/v1/users?role=officer&unitId=${krakow.unitId}&q=%C5%81ukasz`).set(bearer(adminToken)).expect(200);
      expect(res.body.items.map((u: { fullName: string }) => u.fullName)).toEqual(['Łukasz Żółć']);
      expect(JSON.stringify(res.body)).not.toMatch(/argon2|password/i);
    });

    it('a role change by an admin is audited and signs the user out', async () => {
      const session = await t.login(guard.officer.email, PASSWORD);
      const res = await t.http.patch(`/api/v1/users/${guard.officer.id}`).set(bearer(adminToken)).send({ role: 'institution_admin' }).expect(200);
      expect(res.body.role).toBe('institution_admin');
      await t.http.get('/api/v1/auth/me').set(bearer(session.accessToken)).expect(401);
      const audit = await t.http.get(`/api/v1/audit-events?action=user.role_changed&entityId=${guard.officer.id}`).set(bearer(adminToken)).expect(200);
      expect(audit.body.items).toEqual([expect.objectContaining({ before: { role: 'officer' }, after: { role: 'institution_admin' } })]);
    });

    it('deactivation is audited, idempotent and cannot target oneself', async () => {
      await t.http.post(`/api/v1/users/${krakow.coordinator.id}/deactivate`).set(bearer(krakow.coordinator.token)).expect(409);
      await t.http.post(`/api/v1/users/${guard.trainer.id}/deactivate`).set(bearer(adminToken)).expect(200);
      await t.http.post(`/api/v1/users/${guard.trainer.id}/deactivate`).set(bearer(adminToken)).expect(200);
      const audit = await t.http.get(`/api/v1/audit-events?action=user.deactivated&entityId=${guard.trainer.id}`).set(bearer(adminToken)).expect(200);
      expect(audit.body.items).toHaveLength(1);
      await t.http.post(`/api/v1/users/${guard.trainer.id}/reactivate`).set(bearer(adminToken)).expect(200);
      await t.login(guard.trainer.email, PASSWORD);
    });

    it('admins and institution admins read the audit log, nobody else', async () => {
      await t.http.get('/api/v1/audit-events').set(bearer(krakow.coordinator.token)).expect(200);
      await t.http.get('/api/v1/audit-events').set(bearer(krakow.officer.token)).expect(403);
    });
  });
});
