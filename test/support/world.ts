import { TestApp, bearer } from './test-app';

export const PASSWORD = 'correct-horse-battery';

export interface Person {
  id: string;
  email: string;
  token: string;
}

/**
 * Creates, through the API as the admin, an institution with a unit and one user
 * of each institution-bound role, signed in.
 */
export async function createInstitutionWithPeople(t: TestApp, adminToken: string, code: string, type = 'police') {
  const institution = await t.http
    .post('/api/v1/institutions')
    .set(bearer(adminToken))
    .send({ name: `Instytucja ${code}`, type, code })
    .expect(201);
  const unit = await t.http
    .post(`/api/v1/institutions/${institution.body.id}/units`)
    .set(bearer(adminToken))
    .send({ name: `Jednostka ${code}`, code: `${code}-U1` })
    .expect(201);
  const person = async (role: string, slug: string): Promise<Person> => {
    const email = `${slug}.${code.toLowerCase()}@mosty.test`;
    const created = await t.http
      .post('/api/v1/users')
      .set(bearer(adminToken))
      .send({ email, fullName: `${slug} ${code}`, role, password: PASSWORD, institutionId: institution.body.id, unitId: unit.body.id })
      .expect(201);
    return { id: created.body.id, email, token: (await t.login(email, PASSWORD)).accessToken };
  };
  return {
    id: institution.body.id as string,
    unitId: unit.body.id as string,
    coordinator: await person('institution_admin', 'koordynator'),
    officer: await person('officer', 'funkcjonariusz'),
    trainer: await person('trainer', 'trener'),
  };
}
