import type { Queue } from 'bullmq';
import { jobIdOf } from '../src/jobs/catalogue';
import { emitJob, notificationsQueue, settled, waitFor } from './support/notification-jobs';
import { ReceivedMail, TestSmtpServer } from './support/smtp';
import { bearer, TestApp } from './support/test-app';
import { createInstitutionWithPeople, PASSWORD, Person } from './support/world';

const BASE = 'https://mosty.example.org';
const DAY = 86_400_000;

/**
 * Reminders and the coordinator digest, end to end: the worker's jobs (enqueued as a
 * producer would, not waited for by their schedule) store in-app notifications and
 * mail them over real SMTP, once each, in the recipient's locale.
 */
describe('reminders and notifications', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let queue: Queue;
  let admin: string;
  let police: Awaited<ReturnType<typeof createInstitutionWithPeople>>;
  let guard: Awaited<ReturnType<typeof createInstitutionWithPeople>>;
  /** An institution with nobody late and nothing lapsing. */
  let quiet: Awaited<ReturnType<typeof createInstitutionWithPeople>>;
  const people: Record<'lukasz' | 'john' | 'oksana' | 'anna', Person> = {} as never;
  const enrollments: Record<string, string> = {};

  const get = (token: string, path: string) => t.http.get(`/api/v1${path}`).set(bearer(token));
  const post = (token: string, path: string) => t.http.post(`/api/v1${path}`).set(bearer(token));

  const createOfficer = async (slug: string, fullName: string, locale: string): Promise<Person> => {
    const email = `${slug}@policja.mosty.test`;
    const res = await post(admin, '/users')
      .send({ email, fullName, role: 'officer', password: PASSWORD, institutionId: police.id, unitId: police.unitId, locale })
      .expect(201);
    return { id: res.body.id, email, token: (await t.login(email, PASSWORD)).accessToken };
  };

  const createCourse = async (title: Record<string, string>) => {
    const course = (await post(police.trainer.token, '/courses').send({ title, audience: ['police', 'municipal_guard'], certificateValidityMonths: 24 }).expect(201)).body;
    const lesson = (await post(police.trainer.token, `/courses/${course.id}/modules`).send({ kind: 'lesson', title: { pl: 'Lekcja' }, body: { pl: 'Treść' }, minStudySeconds: 0 }).expect(201))
      .body;
    await post(police.trainer.token, `/courses/${course.id}/publish`).expect(201);
    return { courseId: course.id as string, lessonId: lesson.id as string };
  };

  const assign = async (courseId: string, userIds: string[]) => {
    await post(admin, '/assignments').send({ courseId, userIds, dueAt: new Date(Date.now() + 30 * DAY).toISOString() }).expect(201);
    const rows: { id: string; user_id: string }[] = await t.dataSource.query(`SELECT id, user_id FROM enrollment WHERE course_id = $1`, [courseId]);
    return new Map(rows.map((r) => [r.user_id, r.id]));
  };

  /** The officer completes the lesson; the worker issues the certificate. */
  const complete = async (person: Person, enrollmentId: string, lessonId: string) => {
    await get(person.token, `/enrollments/${enrollmentId}/modules/${lessonId}`).expect(200);
    await post(person.token, `/enrollments/${enrollmentId}/modules/${lessonId}/complete`).expect(200);
    return waitFor('the certificate', async () => {
      const [row]: { id: string }[] = await t.dataSource.query(`SELECT id FROM certificate WHERE enrollment_id = $1`, [enrollmentId]);
      return row?.id;
    });
  };

  const dueIn = (enrollmentId: string, days: number) => t.dataSource.query(`UPDATE enrollment SET due_at = now() + make_interval(secs => $2) WHERE id = $1`, [enrollmentId, days * 86400]);
  const expiresIn = (certificateId: string, days: number) =>
    t.dataSource.query(`UPDATE certificate SET expires_at = now() + make_interval(secs => $2) WHERE id = $1`, [certificateId, days * 86400]);

  /** One after another, so that "newest first" has an order to show. */
  const runAll = async () => {
    for (const job of ['due-reminders', 'expiry-reminders', 'coordinator-digest'] as const) {
      await emitJob(t, job, {});
      await settled(t, queue);
    }
  };

  const only = (mails: ReceivedMail[]) => {
    expect(mails).toHaveLength(1);
    return mails[0];
  };

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    t = await TestApp.start({ worker: true, env: { SMTP_URL: smtp.url, MAIL_FROM: 'Mosty <powiadomienia@mosty.example.org>', PUBLIC_BASE_URL: BASE } });
    queue = notificationsQueue(t);
    admin = await t.adminToken();
    police = await createInstitutionWithPeople(t, admin, 'KMP');
    guard = await createInstitutionWithPeople(t, admin, 'SM', 'municipal_guard');
    quiet = await createInstitutionWithPeople(t, admin, 'SG', 'border_guard');
    people.lukasz = await createOfficer('lukasz.zolc', 'Łukasz Żółć', 'pl');
    people.john = await createOfficer('john.smith', 'John <Smith>', 'en');
    people.oksana = await createOfficer('oksana.melnyk', 'Оксана Мельник', 'uk');
    people.anna = await createOfficer('anna.nowak', 'Anna Nowak', 'pl');

    const x = await createCourse({ pl: 'Komunikacja międzykulturowa', en: 'Intercultural communication', uk: 'Міжкультурна комунікація' });
    const y = await createCourse({ pl: 'Prawa człowieka', en: 'Human rights', uk: 'Права людини' });
    const inX = await assign(x.courseId, [people.lukasz.id, people.john.id, people.oksana.id, people.anna.id, guard.officer.id]);
    const inY = await assign(y.courseId, [people.lukasz.id, people.john.id, people.oksana.id, people.anna.id]);
    for (const [key, person] of Object.entries(people)) enrollments[key] = inX.get(person.id)!;
    enrollments.guard = inX.get(guard.officer.id)!;

    await dueIn(enrollments.lukasz, 3);
    await dueIn(enrollments.oksana, 3);
    await dueIn(enrollments.john, -2);
    await dueIn(enrollments.guard, -10);
    // Completed, although its due date has passed: no reminder.
    await complete(people.anna, enrollments.anna, x.lessonId);
    await dueIn(enrollments.anna, -2);

    const certificates: Record<string, string> = {};
    for (const key of ['lukasz', 'john', 'oksana', 'anna'] as const) certificates[key] = await complete(people[key], inY.get(people[key].id)!, y.lessonId);
    await expiresIn(certificates.lukasz, 45);
    await expiresIn(certificates.john, 20);
    await expiresIn(certificates.oksana, -3);
    await expiresIn(certificates.anna, 10);
    await post(admin, `/certificates/${certificates.anna}/revoke`).send({ reason: 'Wydany omyłkowo' }).expect(200);
    // Anna's certificate for course X (completed above) never expires soon.
    await settled(t, queue);
  });

  afterAll(async () => {
    await queue?.close();
    await t?.close();
    await smtp?.stop();
  });

  it('mails each reminder once to its officer, in their language, as plain text and HTML with the link', async () => {
    await runAll();
    await waitFor('nine mails', async () => smtp.mails.length >= 9);

    const lukasz = smtp.mailsTo(people.lukasz.email);
    expect(lukasz.map((m) => m.subject).sort()).toEqual([
      expect.stringMatching(/^Certyfikat MOS-\d{4}-\d{6} wygasa \d{1,2} \S+ \d{4}$/),
      expect.stringMatching(/^Przypomnienie: kurs „Komunikacja międzykulturowa” do \d{1,2} \S+ \d{4}$/),
    ]);
    const due = lukasz.find((m) => m.subject.startsWith('Przypomnienie'))!;
    expect(due.from).toBe('powiadomienia@mosty.example.org');
    expect(due.text).toContain('Dzień dobry, Łukasz Żółć!');
    expect(due.text).toMatch(/Termin ukończenia kursu „Komunikacja międzykulturowa” mija .* \(za [23] dni\)/);
    expect(due.text).toContain(`Otwórz: ${BASE}/api/v1/enrollments/${enrollments.lukasz}`);
    expect(due.html).toContain(`<a href="${BASE}/api/v1/enrollments/${enrollments.lukasz}">Otwórz</a>`);
    expect(due.html).toContain('<p>Dzień dobry, Łukasz Żółć!</p>');
    expect(lukasz.find((m) => m.subject.startsWith('Certyfikat'))!.text).toMatch(new RegExp(`Otwórz: ${BASE}/verify/[A-Za-z0-9_-]{22,}`));

    const john = smtp.mailsTo(people.john.email);
    expect(john.map((m) => m.subject).sort()).toEqual([expect.stringMatching(/^Certificate MOS-\S+ expires on \S+ \d{1,2}, \d{4}$/), 'Overdue: course “Intercultural communication”']);
    const late = john.find((m) => m.subject.startsWith('Overdue'))!;
    expect(late.text).toContain('Hello John <Smith>,');
    expect(late.text).toMatch(/was due on .* \(2 days ago\)/);
    // A name is the user's own text: escaped in the HTML.
    expect(late.html).toContain('<p>Hello John &lt;Smith&gt;,</p>');
    expect(late.html).not.toContain('<Smith>');

    const oksana = smtp.mailsTo(people.oksana.email);
    expect(oksana.map((m) => m.subject).sort()).toEqual([
      expect.stringMatching(/^Нагадування: курс «Міжкультурна комунікація» потрібно завершити до \d{1,2} грудня \d{4} р\.$/),
      expect.stringMatching(/^Термін дії сертифіката MOS-\S+ сплив$/),
    ]);
    expect(oksana.find((m) => m.subject.startsWith('Нагадування'))!.text).toContain('Доброго дня, Оксана Мельник!');

    expect(smtp.mailsTo(people.anna.email)).toEqual([]);
    expect(only(smtp.mailsTo(guard.officer.email)).subject).toBe('Po terminie: kurs „Komunikacja międzykulturowa”');
    // Trainers get no reminders; coordinators only their digest.
    expect(smtp.mailsTo(police.trainer.email)).toEqual([]);
  });

  it('gives each coordinator a digest of their own institution only', async () => {
    const digest = only(smtp.mailsTo(police.coordinator.email));
    expect(digest.subject).toBe('Podsumowanie tygodnia: Instytucja KMP');
    expect(digest.text).toContain('Kursy po terminie: 1\n- John <Smith> – Komunikacja międzykulturowa – 2 dni po terminie');
    expect(digest.text).toMatch(/Certyfikaty wygasające w ciągu 60 dni: 2\n- John <Smith> – Prawa człowieka – wygasa .*\n- Łukasz Żółć – Prawa człowieka – wygasa /);
    expect(digest.html).toContain('<li>John &lt;Smith&gt; – Komunikacja międzykulturowa – 2 dni po terminie</li>');
    expect(digest.text).toContain(`Otwórz: ${BASE}/api/v1/reports/institutions/${police.id}/overdue`);
    // Neither the other institution's officer, nor a completed course, nor a revoked or lapsed certificate.
    for (const name of ['funkcjonariusz SM', 'Anna Nowak', 'Оксана Мельник']) expect(digest.text).not.toContain(name);

    const other = only(smtp.mailsTo(guard.coordinator.email));
    expect(other.text).toContain('Kursy po terminie: 1\n- funkcjonariusz SM – Komunikacja międzykulturowa – 10 dni po terminie');
    expect(other.text).toContain('Certyfikaty wygasające w ciągu 60 dni: 0');
    for (const person of Object.values(people)) expect(other.text).not.toContain(person.email);
    expect(other.text).not.toContain('Łukasz');
    // Nothing to report: no digest.
    expect(smtp.mailsTo(quiet.coordinator.email)).toEqual([]);
  });

  it('sends nothing on a second run', async () => {
    const before = smtp.mails.length;
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM notification`);
    await runAll();
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.mails.length).toBe(before);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM notification`))[0].n).toBe(n);
  });

  it('reminds of an overdue course again each week late, once, however often and however concurrently the job runs', async () => {
    const before = smtp.mailsTo(guard.officer.email).length;
    await dueIn(enrollments.guard, -15);
    // Two runs at once, and then the same again.
    await Promise.all([emitJob(t, 'due-reminders', {}), emitJob(t, 'due-reminders', {})]);
    await settled(t, queue);
    await Promise.all([emitJob(t, 'due-reminders', {}), emitJob(t, 'due-reminders', {})]);
    await settled(t, queue);
    await waitFor('the week-two reminder', async () => smtp.mailsTo(guard.officer.email).length > before);
    await new Promise((r) => setTimeout(r, 500));
    const mails = smtp.mailsTo(guard.officer.email);
    expect(mails).toHaveLength(before + 1);
    expect(mails.at(-1)!.text).toContain('(15 dni temu)');
    const rows: { occurrence: number }[] = await t.dataSource.query(`SELECT occurrence FROM notification WHERE enrollment_id = $1 ORDER BY occurrence`, [enrollments.guard]);
    expect(rows.map((r) => r.occurrence)).toEqual([1, 2]);
  });

  it('does not mail a sent notification again when its send-email job is replayed', async () => {
    const [{ id }] = await t.dataSource.query(`SELECT id FROM notification WHERE recipient_id = $1 AND kind = 'due_soon'`, [people.lukasz.id]);
    const before = smtp.mails.length;
    await queue.add('send-email', { notificationId: id }, { jobId: `${jobIdOf('send-email', { notificationId: id })}-replayed` });
    await emitJob(t, 'send-email', { notificationId: id });
    await settled(t, queue);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.mails.length).toBe(before);
  });

  it('lists the caller\'s own notifications, newest first, with the unread count, and marks them read', async () => {
    const list = (person: { token: string }, query = '') => get(person.token, `/notifications${query}`).expect(200);
    const all = (await list(people.lukasz)).body;
    expect(all).toMatchObject({ page: 1, limit: 20, total: 2, unreadCount: 2 });
    expect(all.items.map((n: { kind: string }) => n.kind)).toEqual(['certificate_expiring_60', 'due_soon']);
    const due = all.items[1];
    expect(due).toMatchObject({
      title: 'Przypomnienie: kurs „Komunikacja międzykulturowa” do ' + due.title.split(' do ')[1],
      link: `${BASE}/api/v1/enrollments/${enrollments.lukasz}`,
      enrollmentId: enrollments.lukasz,
      readAt: null,
      emailStatus: 'sent',
    });
    expect(due.body).toMatch(/^Termin ukończenia kursu/);
    // In the reader's own language.
    expect((await list(people.oksana)).body.items.map((n: { title: string }) => n.title)).toEqual([
      expect.stringMatching(/^Термін дії сертифіката .* сплив$/),
      expect.stringMatching(/^Нагадування: курс «Міжкультурна комунікація»/),
    ]);

    const read = await post(people.lukasz.token, `/notifications/${due.id}/read`).expect(200);
    expect(Date.parse(read.body.readAt)).toBeGreaterThan(Date.now() - 60_000);
    // Reading again keeps the first time.
    expect((await post(people.lukasz.token, `/notifications/${due.id}/read`).expect(200)).body.readAt).toBe(read.body.readAt);
    const unread = (await list(people.lukasz, '?unread=true')).body;
    expect(unread).toMatchObject({ total: 1, unreadCount: 1 });
    expect(unread.items.map((n: { kind: string }) => n.kind)).toEqual(['certificate_expiring_60']);

    expect((await post(people.lukasz.token, '/notifications/read-all').expect(200)).body).toEqual({ marked: 1 });
    expect((await list(people.lukasz, '?unread=true')).body).toMatchObject({ items: [], total: 0, unreadCount: 0 });
    expect((await list(people.lukasz, '?limit=1&page=2')).body).toMatchObject({ total: 2, unreadCount: 0, items: [{ kind: 'due_soon' }] });
  });

  it('never shows or marks anyone else\'s notification', async () => {
    const johns = (await get(people.john.token, '/notifications').expect(200)).body.items;
    expect(johns).toHaveLength(2);
    // A colleague, the coordinator of the same institution, another institution's coordinator and an admin: 404, and nothing changes.
    for (const token of [people.lukasz.token, police.coordinator.token, guard.coordinator.token, admin]) {
      await post(token, `/notifications/${johns[0].id}/read`).expect(404);
    }
    await post(admin, '/notifications/read-all').expect(200);
    expect((await get(people.john.token, '/notifications').expect(200)).body.unreadCount).toBe(2);
    // The admin's own inbox is empty: reminders are personal, not a view of everyone's.
    expect((await get(admin, '/notifications').expect(200)).body).toMatchObject({ total: 0, unreadCount: 0 });
    const coordinator = (await get(guard.coordinator.token, '/notifications').expect(200)).body;
    expect(coordinator.items.map((n: { kind: string }) => n.kind)).toEqual(['coordinator_digest']);
    expect(coordinator.items[0].data.overdue).toEqual([{ fullName: 'funkcjonariusz SM', courseTitle: expect.objectContaining({ pl: 'Komunikacja międzykulturowa' }), daysLate: 10 }]);
    await post(people.john.token, '/notifications/not-a-uuid/read').expect(400);
    await get(people.john.token, '/notifications?unread=maybe').expect(400);
  });
});
