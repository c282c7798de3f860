import type { Job, Queue } from 'bullmq';
import { JOB_CATALOGUE, jobIdOf } from '../src/jobs/catalogue';
import { ReconciliationSweeper } from '../src/modules/reconciliation/reconciliation.sweeper';
import { emitJob, notificationsQueue, settled, waitFor } from './support/notification-jobs';
import { TestSmtpServer } from './support/smtp';
import { bearer, TestApp } from './support/test-app';
import { createInstitutionWithPeople, PASSWORD, Person } from './support/world';

const DAY = 86_400_000;

/** A world with one course; each call to `officerDueSoon` adds an officer whose enrollment is due in 3 days. */
async function world(t: TestApp) {
  const admin = await t.adminToken();
  const police = await createInstitutionWithPeople(t, admin, 'KMP');
  const post = (token: string, path: string) => t.http.post(`/api/v1${path}`).set(bearer(token));
  const course = (await post(police.trainer.token, '/courses').send({ title: { pl: 'Bezpieczeństwo' }, audience: ['police'] }).expect(201)).body;
  await post(police.trainer.token, `/courses/${course.id}/modules`).send({ kind: 'lesson', title: { pl: 'Lekcja' }, body: { pl: 'Treść' } }).expect(201);
  await post(police.trainer.token, `/courses/${course.id}/publish`).expect(201);
  let n = 0;
  return async function officerDueSoon(): Promise<Person & { notificationId: () => Promise<string> }> {
    const email = `officer${++n}@policja.mosty.test`;
    const user = (await post(admin, '/users').send({ email, fullName: `Funkcjonariusz ${n}`, role: 'officer', password: PASSWORD, institutionId: police.id }).expect(201)).body;
    await post(admin, '/assignments').send({ courseId: course.id, userIds: [user.id], dueAt: new Date(Date.now() + 3 * DAY).toISOString() }).expect(201);
    return {
      id: user.id,
      email,
      token: '',
      notificationId: async () => (await t.dataSource.query(`SELECT id FROM notification WHERE recipient_id = $1`, [user.id]))[0].id,
    };
  };
}

/** A mail server that is down, or refusing, delays mail and loses none; the catalogue's backoff is skipped by promoting the delayed retry. */
describe('reminder mail while the mail server is down', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let queue: Queue;
  let officerDueSoon: Awaited<ReturnType<typeof world>>;

  const notification = async (id: string) =>
    (await t.dataSource.query(`SELECT email_status, email_attempts, email_error, email_sent_at FROM notification WHERE id = $1`, [id]))[0];
  const sendJob = (notificationId: string) => jobIdOf('send-email', { notificationId })!;
  /** The job once it has failed `attempts` times and waits for its retry (which `promote()` runs now rather than after the backoff). */
  const delayedAfter = (jobId: string, attempts: number): Promise<Job> =>
    waitFor(`${jobId} delayed after ${attempts} attempts`, async () => {
      const found = await queue.getJob(jobId);
      return found && found.attemptsMade === attempts && (await found.getState()) === 'delayed' ? found : undefined;
    });

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    await smtp.stop();
    t = await TestApp.start({ worker: true, env: { SMTP_URL: smtp.url, RECONCILE_EVERY_SECONDS: '86400', RECONCILE_AFTER_SECONDS: '1' } });
    queue = notificationsQueue(t);
    officerDueSoon = await world(t);
  });

  afterAll(async () => {
    await queue?.close();
    await t?.close();
    await smtp?.stop();
  });

  it('retries with the catalogue\'s backoff while nothing listens and while the server defers, then delivers once', async () => {
    const officer = await officerDueSoon();
    await emitJob(t, 'due-reminders', {});
    await settled(t, queue);
    const id = await officer.notificationId();

    let job = await delayedAfter(sendJob(id), 1);
    expect(job.opts).toMatchObject({ attempts: 10, backoff: JOB_CATALOGUE['send-email'].options!.backoff });
    expect(await notification(id)).toMatchObject({ email_status: 'pending', email_attempts: 1, email_error: expect.stringMatching(/ECONNREFUSED/) });

    smtp.mode = 'defer';
    await smtp.listen();
    await job.promote();
    job = await delayedAfter(sendJob(id), 2);
    expect(await notification(id)).toMatchObject({ email_status: 'pending', email_attempts: 2, email_error: expect.stringMatching(/451/) });
    expect(smtp.mails).toHaveLength(0);

    smtp.mode = 'accept';
    await job.promote();
    await waitFor('the mail', async () => smtp.mailsTo(officer.email).length > 0);
    await waitFor('the job to complete', async () => (await queue.getJobState(sendJob(id))) === 'completed');
    expect(smtp.mailsTo(officer.email)).toHaveLength(1);
    expect(smtp.mailsTo(officer.email)[0].subject).toMatch(/^Przypomnienie: kurs „Bezpieczeństwo” do /);
    expect(await notification(id)).toMatchObject({ email_status: 'sent', email_attempts: 3, email_error: null, email_sent_at: expect.any(Date) });
  });

  it('puts a mail whose retries are all spent back through the reconciliation sweep, and delivers it once', async () => {
    await smtp.stop();
    const officer = await officerDueSoon();
    await emitJob(t, 'due-reminders', {});
    await settled(t, queue);
    const id = await officer.notificationId();
    for (let attempt = 1; attempt < 10; attempt++) await (await delayedAfter(sendJob(id), attempt)).promote();
    await waitFor('the job to fail for good', async () => (await queue.getJobState(sendJob(id))) === 'failed');
    expect(await notification(id)).toMatchObject({ email_status: 'pending', email_attempts: 10 });
    // The sweep looks only at mail overdue by RECONCILE_AFTER_SECONDS.
    await new Promise((r) => setTimeout(r, 1_100));

    await smtp.listen();
    const sweeper = t.worker!.get(ReconciliationSweeper);
    const requeued = await sweeper.sweep();
    expect(requeued).toEqual([{ jobId: sendJob(id), reason: expect.stringMatching(/^notification .* not yet mailed after 1 s, and its job failed for good after 10 attempts: .*ECONNREFUSED/) }]);
    await waitFor('the mail', async () => smtp.mailsTo(officer.email).length > 0);
    await waitFor('the row marked sent', async () => (await notification(id)).email_status === 'sent');
    expect(await sweeper.sweep()).toEqual([]);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.mailsTo(officer.email)).toHaveLength(1);
  });

  it('mails nobody deactivated while their mail waited for the server', async () => {
    await smtp.stop();
    const officer = await officerDueSoon();
    await emitJob(t, 'due-reminders', {});
    await settled(t, queue);
    const id = await officer.notificationId();
    const job = await delayedAfter(sendJob(id), 1);
    await t.http.post(`/api/v1/users/${officer.id}/deactivate`).set(bearer(await t.adminToken())).expect(200);
    await smtp.listen();
    await job.promote();
    await waitFor('the mail dropped', async () => (await notification(id)).email_status === 'not_needed');
    expect(smtp.mailsTo(officer.email)).toHaveLength(0);
  });

  it('records a permanent refusal (5xx) on the notification and does not retry it; the reminder stays in the app', async () => {
    const officer = await officerDueSoon();
    smtp.refusedRecipients.add(officer.email);
    await emitJob(t, 'due-reminders', {});
    await settled(t, queue);
    const id = await officer.notificationId();
    await waitFor('the refusal', async () => (await notification(id)).email_status === 'failed');
    expect(await notification(id)).toMatchObject({ email_attempts: 1, email_error: expect.stringMatching(/550/) });
    expect(await queue.getJobState(sendJob(id))).toBe('completed');
    expect(smtp.mailsTo(officer.email)).toHaveLength(0);
    expect(await t.worker!.get(ReconciliationSweeper).sweep()).toEqual([]);
  });
});

describe('reminders without SMTP_URL', () => {
  let t: TestApp;
  let queue: Queue;

  beforeAll(async () => {
    t = await TestApp.start({ worker: true });
    queue = notificationsQueue(t);
  });

  afterAll(async () => {
    await queue?.close();
    await t?.close();
  });

  it('are in-app only: no mail is due and no send-email job is made', async () => {
    const officer = await (await world(t))();
    await emitJob(t, 'due-reminders', {});
    await settled(t, queue);
    const rows = await t.dataSource.query(`SELECT kind, email_status FROM notification WHERE recipient_id = $1`, [officer.id]);
    expect(rows).toEqual([{ kind: 'due_soon', email_status: 'not_needed' }]);
    const jobs = await queue.getJobs(['completed', 'waiting', 'delayed', 'failed']);
    expect(jobs.map((j) => j.name)).toContain('due-reminders');
    expect(jobs.map((j) => j.name)).not.toContain('send-email');
    expect(await t.dataSource.query(`SELECT job_name FROM outbox`)).toEqual([]);
  });
});
