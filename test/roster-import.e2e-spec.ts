import { In } from 'typeorm';
import { User } from '../src/modules/users/user.entity';
import { bearer, TestApp } from './support/test-app';
import { createInstitutionWithPeople, Person } from './support/world';

/**
 * POST /api/v1/institutions/:id/users/import, end to end: the CSV roster of one
 * institution, as a raw text/csv body or as the multipart field "file".
 */

type World = Awaited<ReturnType<typeof createInstitutionWithPeople>>;
interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  errors: { line: number; column?: string; email?: string; reason: string }[];
}

const HEADER = 'email;fullName;unitCode;role';
/** A file from lines; every line ends with `eol`, as spreadsheet exports do. */
const csv = (lines: string[], eol = '\n') => lines.map((l) => l + eol).join('');

let t: TestApp;
let admin: string;

beforeAll(async () => {
  t = await TestApp.start();
  admin = await t.adminToken();
});

afterAll(async () => {
  await t?.close();
});

const importUrl = (institutionId: string) => `/api/v1/institutions/${institutionId}/users/import`;

/** Uploads `text` as the raw body. */
function upload(token: string, institutionId: string, text: string | Buffer, contentType = 'text/csv') {
  return t.http.post(importUrl(institutionId)).set(bearer(token)).type(contentType).send(text);
}

/** Uploads and expects 200; returns the import result. */
async function importOk(token: string, institutionId: string, text: string | Buffer): Promise<ImportResult> {
  const res = await upload(token, institutionId, text);
  expect({ status: res.status, body: res.body }).toMatchObject({ status: 200 });
  return res.body;
}

/** Every user of an institution, as the admin sees them through the API. */
async function usersOf(institutionId: string): Promise<{ id: string; email: string; fullName: string; role: string; unitId: string | null; institutionId: string; locale: string; active: boolean }[]> {
  const res = await t.http.get('/api/v1/users').query({ institutionId, limit: 100 }).set(bearer(admin)).expect(200);
  expect(res.body.total).toBe(res.body.items.length); // one page holds them all
  return res.body.items;
}

async function emailsOf(institutionId: string): Promise<string[]> {
  return (await usersOf(institutionId)).map((u) => u.email).sort();
}

/** Users with these e-mails, in any institution, straight from the database. */
function usersInDb(emails: string[]): Promise<User[]> {
  return t.dataSource.getRepository(User).findBy({ email: In(emails.map((e) => e.toLowerCase())) });
}

async function userInDb(email: string): Promise<User> {
  const [user] = await usersInDb([email]);
  expect(user).toBeDefined();
  return user;
}

async function auditEvents(query: Record<string, string>) {
  const res = await t.http.get('/api/v1/audit-events').query({ ...query, limit: 100 }).set(bearer(admin)).expect(200);
  return res.body.items as { action: string; actorId: string; entityId: string; institutionId: string; before: unknown; after: unknown }[];
}

async function createUnit(institutionId: string, code: string): Promise<string> {
  const res = await t.http.post(`/api/v1/institutions/${institutionId}/units`).set(bearer(admin)).send({ name: `Jednostka ${code}`, code }).expect(201);
  return res.body.id;
}

function expectProblem(res: { status: number; headers: Record<string, string>; body: { status?: number; type?: string } }, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body.status).toBe(status);
}

describe('a roster with good and bad rows, uploaded by an institution admin', () => {
  let w: World;
  let other: World;
  let result: ImportResult;
  let before: string[];

  const good = ['anna.nowak@kp.example', 'oksana.melnyk@kp.example', 'lukasz.zolc@kp.example'];
  const rejected = [
    'piotr.zielinski@kp.example',
    'ewa.wisniewska@kp.example',
    'tomasz.trener@kp.example',
    'marta.admin@kp.example',
    'kasia.bezimienna@kp.example',
    'jerzy.pole@kp.example',
    'obcy.oddzial@kp.example',
  ];

  beforeAll(async () => {
    w = await createInstitutionWithPeople(t, admin, 'MIX');
    other = await createInstitutionWithPeople(t, admin, 'MIXB');
    before = await emailsOf(w.id);
    const file = csv([
      HEADER, //                                                    1
      'anna.nowak@kp.example;Anna Nowak;MIX-U1;officer', //         2 good
      'not-an-email;Jan Kowalski;MIX-U1;officer', //                3 invalid e-mail
      'piotr.zielinski@kp.example;Piotr Zieliński;NOPE;officer', // 4 unknown unit
      'ewa.wisniewska@kp.example;Ewa Wiśniewska;MIX-U1;commander', // 5 unknown role
      'tomasz.trener@kp.example;Tomasz Trener;MIX-U1;trainer', //  6 not for an institution admin
      'marta.admin@kp.example;Marta Admin;MIX-U1;admin', //         7 not for an institution admin
      'kasia.bezimienna@kp.example;;MIX-U1;officer', //             8 empty fullName
      '', //                                                        9 blank
      'oksana.melnyk@kp.example;"Оксана Мельник";;', //             10 good, no unit, default role
      'Anna.Nowak@KP.example;Anna N.;MIX-U1;officer', //            11 repeats line 2 (other case)
      'jerzy.pole@kp.example;Jerzy Pole;MIX-U1', //                 12 too few fields
      'lukasz.zolc@kp.example;"Żółć; Łukasz";MIX-U1;', //           13 good, quoted delimiter
      'obcy.oddzial@kp.example;Obcy Oddział;MIXB-U1;officer', //    14 unit of another institution
      `${w.trainer.email};Trener Zmieniony;MIX-U1;officer`, //      15 existing trainer: not theirs to change
    ]);
    result = await importOk(w.coordinator.token, w.id, file);
  });

  it('counts the good rows as created', () => {
    expect(result.created).toBe(3);
    expect(result.updated).toBe(0);
    expect(result.unchanged).toBe(0);
  });

  it('reports every bad row by its line in the file, with the reason', () => {
    expect(result.errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7, 8, 11, 12, 14, 15]);
    const byLine = new Map(result.errors.map((e) => [e.line, e]));
    expect(byLine.get(3)).toMatchObject({ email: 'not-an-email', reason: expect.stringMatching(/e-?mail/i) });
    expect(byLine.get(4)).toMatchObject({ email: 'piotr.zielinski@kp.example', reason: expect.stringContaining('"NOPE"') });
    expect(byLine.get(5)).toMatchObject({ email: 'ewa.wisniewska@kp.example', reason: expect.stringMatching(/role must be one of/) });
    expect(byLine.get(6)).toMatchObject({ email: 'tomasz.trener@kp.example', reason: expect.stringMatching(/may not import .*trainer/) });
    expect(byLine.get(7)).toMatchObject({ email: 'marta.admin@kp.example', reason: expect.stringMatching(/may not import .*admin/) });
    expect(byLine.get(8)).toMatchObject({ email: 'kasia.bezimienna@kp.example', reason: expect.stringMatching(/fullName/) });
    expect(byLine.get(11)).toMatchObject({ email: 'Anna.Nowak@KP.example', reason: expect.stringMatching(/repeats line 2\b/) });
    expect(byLine.get(12)).toMatchObject({ reason: 'expected 4 fields, found 3' });
    expect(byLine.get(14)).toMatchObject({ email: 'obcy.oddzial@kp.example', reason: expect.stringContaining('"MIXB-U1"') });
    expect(byLine.get(15)).toMatchObject({ email: w.trainer.email, reason: expect.stringMatching(/may not change .*trainer/) });
  });

  it('names the column at fault, none for a line with the wrong number of fields', () => {
    expect(result.errors.map((e) => [e.line, e.column])).toEqual([
      [3, 'email'],
      [4, 'unitCode'],
      [5, 'role'],
      [6, 'role'],
      [7, 'role'],
      [8, 'fullName'],
      [11, 'email'],
      [12, undefined],
      [14, 'unitCode'],
      [15, 'role'],
    ]);
  });

  it('creates exactly the good rows in the institution', async () => {
    expect(await emailsOf(w.id)).toEqual([...before, ...good].sort());
    expect(await emailsOf(other.id)).not.toEqual(expect.arrayContaining(['obcy.oddzial@kp.example']));
  });

  it('creates nothing for the bad rows, in any institution', async () => {
    expect(await usersInDb([...rejected, 'not-an-email'])).toEqual([]);
  });

  it('stores the imported people as described by their rows', async () => {
    const users = new Map((await usersOf(w.id)).map((u) => [u.email, u]));
    expect(users.get('anna.nowak@kp.example')).toMatchObject({ fullName: 'Anna Nowak', role: 'officer', institutionId: w.id, unitId: w.unitId, locale: 'pl', active: true });
    expect(users.get('oksana.melnyk@kp.example')).toMatchObject({ fullName: 'Оксана Мельник', role: 'officer', institutionId: w.id, unitId: null });
    expect(users.get('lukasz.zolc@kp.example')).toMatchObject({ fullName: 'Żółć; Łukasz', role: 'officer', unitId: w.unitId });
  });

  it('leaves the existing trainer as they were', async () => {
    expect(await userInDb(w.trainer.email)).toMatchObject({ fullName: 'trener MIX', role: 'trainer', institutionId: w.id });
  });

  it('gives imported people no password: they cannot sign in', async () => {
    const [{ password_hash }] = await t.dataSource.query(`SELECT password_hash FROM "user" WHERE email = $1`, ['anna.nowak@kp.example']);
    expect(password_hash).toBeNull();
    for (const password of ['', 'correct-horse-battery', 'null']) {
      const res = await t.http.post('/api/v1/auth/login').send({ email: 'anna.nowak@kp.example', password });
      expect(res.status).toBe(401);
    }
  });

  it('records a roster.imported audit event with the counts', async () => {
    const events = await auditEvents({ action: 'roster.imported', institutionId: w.id });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: w.coordinator.id,
      entityId: w.id,
      after: { created: 3, updated: 0, unchanged: 0, rejected: 10 },
    });
  });
});

describe('uploading the roster again', () => {
  let w: World;
  let secondUnitId: string;
  let peopleBefore: number;

  const first = csv([
    HEADER,
    'anna.nowak@straz.example;Anna Nowak;REP-U1;officer',
    'Jan.Kowalski@Straz.example;Jan Kowalski;REP-U1;trainer', // stored in lower case
    'oksana.melnyk@straz.example;Оксана Мельник;;institution_admin',
  ]);

  beforeAll(async () => {
    w = await createInstitutionWithPeople(t, admin, 'REP');
    secondUnitId = await createUnit(w.id, 'REP-U2');
    peopleBefore = (await usersOf(w.id)).length;
  });

  it('first upload by an admin creates officers, trainers and institution admins', async () => {
    expect(await importOk(admin, w.id, first)).toEqual({ created: 3, updated: 0, unchanged: 0, errors: [] });
    const users = new Map((await usersOf(w.id)).map((u) => [u.email, u]));
    expect(users.size).toBe(peopleBefore + 3);
    expect(users.get('anna.nowak@straz.example')).toMatchObject({ role: 'officer', unitId: w.unitId });
    expect(users.get('jan.kowalski@straz.example')).toMatchObject({ role: 'trainer', unitId: w.unitId });
    expect(users.get('oksana.melnyk@straz.example')).toMatchObject({ role: 'institution_admin', unitId: null });
  });

  it('the same file again creates nobody and leaves everyone unchanged', async () => {
    expect(await importOk(admin, w.id, first)).toEqual({ created: 0, updated: 0, unchanged: 3, errors: [] });
    expect((await usersOf(w.id)).length).toBe(peopleBefore + 3);
  });

  it('matches e-mails in another letter case to the same people', async () => {
    const shouting = first.replace(/^[^;\n]+(?=;)/gm, (email) => (email === 'email' ? email : email.toUpperCase()));
    expect(shouting).toContain('ANNA.NOWAK@STRAZ.EXAMPLE');
    expect(await importOk(admin, w.id, shouting)).toEqual({ created: 0, updated: 0, unchanged: 3, errors: [] });
    expect((await usersOf(w.id)).length).toBe(peopleBefore + 3);
    expect(await usersInDb(['anna.nowak@straz.example'])).toHaveLength(1);
  });

  it('a third upload changing a name and a unit updates those people', async () => {
    const anna = await userInDb('anna.nowak@straz.example');
    const third = csv([
      HEADER,
      'anna.nowak@straz.example;Anna Nowak-Kowalska;REP-U1;officer', // new name
      'jan.kowalski@straz.example;Jan Kowalski;REP-U2;trainer', // new unit
      'oksana.melnyk@straz.example;Оксана Мельник;;institution_admin',
    ]);
    expect(await importOk(admin, w.id, third)).toEqual({ created: 0, updated: 2, unchanged: 1, errors: [] });
    expect(await userInDb('anna.nowak@straz.example')).toMatchObject({ id: anna.id, fullName: 'Anna Nowak-Kowalska', unitId: w.unitId });
    expect(await userInDb('jan.kowalski@straz.example')).toMatchObject({ fullName: 'Jan Kowalski', unitId: secondUnitId });
    expect((await usersOf(w.id)).length).toBe(peopleBefore + 3);

    const updates = await auditEvents({ action: 'user.updated', entityId: anna.id });
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ before: { fullName: 'Anna Nowak' }, after: { fullName: 'Anna Nowak-Kowalska' } });
    // A change of name or unit is not a change of role.
    expect(await auditEvents({ action: 'user.role_changed', institutionId: w.id })).toEqual([]);
  });

  it('a change of role is audited and signs the person out', async () => {
    const me = `/api/v1/users/${w.officer.id}`;
    await t.http.get(me).set(bearer(w.officer.token)).expect(200);

    const promote = csv([HEADER, `${w.officer.email};funkcjonariusz REP;REP-U1;trainer`]);
    expect(await importOk(admin, w.id, promote)).toEqual({ created: 0, updated: 1, unchanged: 0, errors: [] });

    expect(await userInDb(w.officer.email)).toMatchObject({ role: 'trainer' });
    const changes = await auditEvents({ action: 'user.role_changed', entityId: w.officer.id });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ entityId: w.officer.id, institutionId: w.id, before: { role: 'officer' }, after: { role: 'trainer' } });
    await t.http.get(me).set(bearer(w.officer.token)).expect(401);
  });

  it('records one roster.imported event per upload', async () => {
    const events = await auditEvents({ action: 'roster.imported', institutionId: w.id });
    expect(events.map((e) => e.after)).toEqual([
      // newest first
      { created: 0, updated: 1, unchanged: 0, rejected: 0 },
      { created: 0, updated: 2, unchanged: 1, rejected: 0 },
      { created: 0, updated: 0, unchanged: 3, rejected: 0 },
      { created: 0, updated: 0, unchanged: 3, rejected: 0 },
      { created: 3, updated: 0, unchanged: 0, rejected: 0 },
    ]);
  });

  it('even an admin may not import admins', async () => {
    const res = await importOk(admin, w.id, csv([HEADER, 'nowy.admin@straz.example;Nowy Admin;;admin']));
    expect(res).toMatchObject({ created: 0, errors: [{ line: 2, email: 'nowy.admin@straz.example' }] });
    expect(await usersInDb(['nowy.admin@straz.example'])).toEqual([]);
  });

  it('an absent column or an empty cell keeps the current role and unit', async () => {
    expect(await importOk(admin, w.id, csv(['email;fullName', 'jan.kowalski@straz.example;Jan Kowalski']))).toEqual({ created: 0, updated: 0, unchanged: 1, errors: [] });
    expect(await importOk(admin, w.id, csv([HEADER, 'jan.kowalski@straz.example;Jan Kowalski-Wiśniewski;;']))).toEqual({ created: 0, updated: 1, unchanged: 0, errors: [] });
    expect(await userInDb('jan.kowalski@straz.example')).toMatchObject({ fullName: 'Jan Kowalski-Wiśniewski', role: 'trainer', unitId: secondUnitId });
  });

  it('a repeated e-mail is imported from its first good row', async () => {
    const res = await importOk(admin, w.id, csv([HEADER, 'pawel.lis@straz.example;;REP-U1;officer', 'pawel.lis@straz.example;Paweł Lis;REP-U1;officer']));
    expect(res).toEqual({ created: 1, updated: 0, unchanged: 0, errors: [{ line: 2, column: 'fullName', email: 'pawel.lis@straz.example', reason: expect.stringContaining('fullName') }] });
    expect(await userInDb('pawel.lis@straz.example')).toMatchObject({ fullName: 'Paweł Lis' });
  });
});

describe('an e-mail that belongs to another institution', () => {
  it('is rejected and that person is left untouched', async () => {
    const w = await createInstitutionWithPeople(t, admin, 'OWN');
    const stranger = await createInstitutionWithPeople(t, admin, 'FOR');
    const beforeImport = await userInDb(stranger.officer.email);

    const result = await importOk(
      admin,
      w.id,
      csv([HEADER, 'nowa.osoba@own.example;Nowa Osoba;OWN-U1;officer', `${stranger.officer.email.toUpperCase()};Przejęty Funkcjonariusz;OWN-U1;officer`]),
    );

    expect(result).toMatchObject({ created: 1, updated: 0, unchanged: 0 });
    expect(result.errors).toEqual([{ line: 3, column: 'email', email: stranger.officer.email.toUpperCase(), reason: expect.stringMatching(/another institution/) }]);
    expect(await userInDb(stranger.officer.email)).toEqual(beforeImport);
    expect(await emailsOf(w.id)).not.toContain(stranger.officer.email);
  });
});

describe('file formats', () => {
  let w: World;

  beforeAll(async () => {
    w = await createInstitutionWithPeople(t, admin, 'FMT');
  });

  it('reads a comma-separated file with a BOM and CRLF line endings', async () => {
    const file = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(csv(['Email,Full_Name,UnitCode', 'l.zolc@fmt.example,"Żółć, Łukasz",FMT-U1', 'o.melnyk@fmt.example,Оксана Мельник,'], '\r\n'), 'utf8'),
    ]);
    expect(await importOk(w.coordinator.token, w.id, file)).toEqual({ created: 2, updated: 0, unchanged: 0, errors: [] });
    expect(await userInDb('l.zolc@fmt.example')).toMatchObject({ fullName: 'Żółć, Łukasz', unitId: w.unitId, role: 'officer' });
    expect(await userInDb('o.melnyk@fmt.example')).toMatchObject({ fullName: 'Оксана Мельник', unitId: null });
  });

  it('accepts the roster as the multipart field "file"', async () => {
    const file = Buffer.from('\uFEFF' + csv([HEADER, 'plik.multipart@fmt.example;Plik Multipart;FMT-U1;officer']), 'utf8');
    const res = await t.http.post(importUrl(w.id)).set(bearer(w.coordinator.token)).attach('file', file, { filename: 'roster.csv', contentType: 'text/csv' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ created: 1, updated: 0, unchanged: 0, errors: [] });
    expect(await userInDb('plik.multipart@fmt.example')).toMatchObject({ fullName: 'Plik Multipart', institutionId: w.id, unitId: w.unitId });
  });

  it('answers 415 with a problem to a JSON body', async () => {
    const before = await emailsOf(w.id);
    const res = await t.http
      .post(importUrl(w.id))
      .set(bearer(w.coordinator.token))
      .send({ csv: csv([HEADER, 'json.body@fmt.example;Json Body;FMT-U1;officer']) });
    expectProblem(res, 415);
    expect(res.body.type).toBe('urn:mosty:problem:unsupported-media-type');
    expect(await emailsOf(w.id)).toEqual(before);
  });

  it('answers 415 to a multipart form without the field "file"', async () => {
    const res = await t.http
      .post(importUrl(w.id))
      .set(bearer(w.coordinator.token))
      .field('roster', csv([HEADER, 'pole.formularza@fmt.example;Pole;FMT-U1;officer']));
    expectProblem(res, 415);
    expect(await usersInDb(['pole.formularza@fmt.example'])).toEqual([]);
  });

  it('answers 400 with a problem to a header without email', async () => {
    const res = await upload(w.coordinator.token, w.id, csv(['fullName;unitCode', 'Anna Nowak;FMT-U1']));
    expectProblem(res, 400);
    expect(res.body).toMatchObject({ type: 'urn:mosty:problem:invalid-roster', detail: expect.stringContaining('"email"') });
  });

  it('answers 400 with a problem to an empty file', async () => {
    const res = await upload(w.coordinator.token, w.id, '');
    expectProblem(res, 400);
    expect(res.body.type).toBe('urn:mosty:problem:invalid-roster');
  });

  it('accepts a header without rows', async () => {
    expect(await importOk(w.coordinator.token, w.id, csv([HEADER]))).toEqual({ created: 0, updated: 0, unchanged: 0, errors: [] });
  });

  it('imports nothing but reports every row when no row is good', async () => {
    const before = await emailsOf(w.id);
    const result = await importOk(w.coordinator.token, w.id, csv([HEADER, 'zly-adres;Anna;FMT-U1;officer', ';Jan;FMT-U1;officer']));
    expect(result).toMatchObject({ created: 0, updated: 0, unchanged: 0 });
    expect(result.errors.map((e) => e.line)).toEqual([2, 3]);
    expect(await emailsOf(w.id)).toEqual(before);
  });
});

describe('who may import', () => {
  let w: World;
  let other: World;
  const file = csv([HEADER, 'intruz@who.example;Intruz;WHO-U1;officer']);

  beforeAll(async () => {
    w = await createInstitutionWithPeople(t, admin, 'WHO');
    other = await createInstitutionWithPeople(t, admin, 'WHOB');
  });

  async function expectNothingChanged(before: string[]) {
    expect(await emailsOf(w.id)).toEqual(before);
    expect(await usersInDb(['intruz@who.example'])).toEqual([]);
    expect(await auditEvents({ action: 'roster.imported', institutionId: w.id })).toEqual([]);
  }

  it('an institution admin of another institution gets 404 and changes nothing', async () => {
    const before = await emailsOf(w.id);
    const res = await upload(other.coordinator.token, w.id, file);
    expectProblem(res, 404);
    await expectNothingChanged(before);
  });

  it('an institution admin of another institution cannot rename people of this one either', async () => {
    const res = await upload(other.coordinator.token, w.id, csv([HEADER, `${w.officer.email};Przejęty;WHO-U1;officer`]));
    expectProblem(res, 404);
    expect(await userInDb(w.officer.email)).toMatchObject({ fullName: 'funkcjonariusz WHO', institutionId: w.id });
  });

  it.each([
    ['an officer', (x: World): Person => x.officer],
    ['a trainer', (x: World): Person => x.trainer],
  ])('%s of the institution gets 403 and changes nothing', async (_who, pick) => {
    const before = await emailsOf(w.id);
    const res = await upload(pick(w).token, w.id, file);
    expectProblem(res, 403);
    await expectNothingChanged(before);
  });

  it('an anonymous caller gets 401', async () => {
    const res = await t.http.post(importUrl(w.id)).type('text/csv').send(file);
    expectProblem(res, 401);
    expect(await usersInDb(['intruz@who.example'])).toEqual([]);
  });

  it('the institution admin of the institution may import', async () => {
    expect(await importOk(w.coordinator.token, w.id, file)).toMatchObject({ created: 1, errors: [] });
  });
});
