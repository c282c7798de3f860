import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { publishCourse } from './support/courses';
import { inDays } from './support/lesson-courses';
import { emitJob, notificationsQueue, settled, waitFor } from './support/notification-jobs';
import { bearer } from './support/test-app';
import { expectAccessible } from './support/accessibility';
import { VIEWPORTS, WebTest } from './support/web';
import { createInstitutionWithPeople } from './support/world';

type World = Awaited<ReturnType<typeof createInstitutionWithPeople>>;

/** The lesson's Markdown: what a trainer writes, and raw HTML that must come out as text. */
const LESSON_MARKDOWN = [
  '## Kim jest cudzoziemiec',
  '',
  'Osoba **bez obywatelstwa polskiego** — także obywatel Unii Europejskiej.',
  '',
  '<script>window.__injected = "script"</script>',
  '',
  'Zdjęcie <img src="x" onerror="window.__injected = \'onerror\'"> i [link](javascript:window.__injected=\'link\').',
].join('\n');

/**
 * The officer's pages in a real browser against the real API and worker: their
 * training (overdue first), a course's outline, a lesson with its study countdown,
 * certificates (PDF, credential, QR, verification page), notifications and the badge.
 */
describe('web: an officer studies, gets a certificate and reads notifications', () => {
  let web: WebTest;
  let police: World;
  let guard: World;
  let admin: string;
  let context: BrowserContext;
  let page: Page;
  /** Due three days ago: two lessons (the first with 2 s of study and the Markdown above, the second with 10 min) and a quiz. */
  let overdue: { courseId: string; enrollmentId: string; lessonIds: string[]; quizModuleId: string };
  /** Due in three days, nothing started. */
  let soon: { enrollmentId: string };
  /** Due in 20 days, completed through the API: the certificate's course. */
  let done: { enrollmentId: string; certificateId: string; number: string; verificationCode: string };

  const post = (token: string, path: string) => web.t.http.post(`/api/v1${path}`).set(bearer(token));
  const enrollmentOf = async (userId: string, courseId: string): Promise<string> =>
    (await web.t.dataSource.query(`SELECT id FROM enrollment WHERE user_id = $1 AND course_id = $2`, [userId, courseId]))[0].id;
  const assign = async (courseId: string, dueAt: string) => {
    await post(admin, '/assignments').send({ courseId, userIds: [police.officer.id], dueAt }).expect(201);
    return enrollmentOf(police.officer.id, courseId);
  };

  /** Desktop and phone screenshots of the page as it is; at 360 px nothing scrolls sideways. */
  const screenshots = async (name: string) => {
    await web.screenshot(page, `${name}-desktop`);
    await page.setViewportSize(VIEWPORTS.phone);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
    await web.screenshot(page, `${name}-phone`);
    await page.setViewportSize(VIEWPORTS.desktop);
  };

  beforeAll(async () => {
    web = await WebTest.start({ worker: true });
    admin = await web.t.adminToken();
    police = await createInstitutionWithPeople(web.t, admin, 'KMP');
    guard = await createInstitutionWithPeople(web.t, admin, 'SG', 'border_guard');
    const trainer = police.trainer.token;

    // The overdue course, built by hand for its Markdown lesson with a short minimum study time.
    const course = (
      await post(trainer, '/courses').send({ title: { pl: 'Prawa cudzoziemców', en: 'Foreigners’ rights' }, audience: ['police'], certificateValidityMonths: 24 }).expect(201)
    ).body;
    const lessonIds: string[] = [];
    for (const lesson of [
      { title: { pl: 'Kim jest cudzoziemiec' }, body: { pl: LESSON_MARKDOWN }, minStudySeconds: 2, media: [{ url: 'https://www.gov.pl/web/udsc', title: 'Urząd do Spraw Cudzoziemców' }] },
      { title: { pl: 'Status prawny' }, body: { pl: 'Rodzaje pobytu.' }, minStudySeconds: 600 },
    ]) {
      lessonIds.push((await post(trainer, `/courses/${course.id}/modules`).send({ kind: 'lesson', ...lesson }).expect(201)).body.id);
    }
    const bank = (await post(trainer, '/question-banks').send({ name: 'Prawa' }).expect(201)).body.id;
    const question = (await post(trainer, `/question-banks/${bank}/questions`).send({ type: 'true_false', prompt: { pl: 'Obywatel UE jest cudzoziemcem.' }, points: 1, correct: true }).expect(201))
      .body.id;
    const quiz = {
      kind: 'quiz',
      title: { pl: 'Sprawdzian' },
      quiz: { passMarkPercent: 60, maxAttempts: 3, shuffleQuestions: false, shuffleOptions: false, reviewPolicy: 'correct_answers', questionIds: [question] },
    };
    const quizModuleId = (await post(trainer, `/courses/${course.id}/modules`).send(quiz).expect(201)).body.id;
    await post(trainer, `/courses/${course.id}/publish`).expect(201);
    const overdueEnrollment = await assign(course.id, inDays(10));
    // Assignments take only future due dates: this one has since passed.
    await web.t.dataSource.query(`UPDATE enrollment SET due_at = now() - interval '3 days' WHERE id = $1`, [overdueEnrollment]);
    overdue = { courseId: course.id, enrollmentId: overdueEnrollment, lessonIds, quizModuleId };

    const later = await publishCourse(web.t, trainer, { title: 'Komunikacja międzykulturowa', audience: ['police'], lessons: 1 });
    const laterEnrollment = await assign(later.courseId, inDays(20));
    const upcoming = await publishCourse(web.t, trainer, { title: 'Bezpieczeństwo z perspektywy migranta', audience: ['police'], lessons: 1 });
    soon = { enrollmentId: await assign(upcoming.courseId, inDays(3)) };

    // Reminders for the overdue and the upcoming course, as the daily run makes them.
    const queue = notificationsQueue(web.t);
    await emitJob(web.t, 'due-reminders', {});
    await settled(web.t, queue);
    await queue.close();

    // The officer completes the later course through the API; the worker issues its certificate and renders the PDF.
    const officer = police.officer.token;
    await web.t.http.get(`/api/v1/enrollments/${laterEnrollment}/modules/${later.lessonIds[0]}`).set(bearer(officer)).expect(200);
    await post(officer, `/enrollments/${laterEnrollment}/modules/${later.lessonIds[0]}/complete`).expect(200);
    const certificate = await waitFor('the certificate and its PDF', async () => {
      const items = (await web.t.http.get('/api/v1/certificates').set(bearer(officer)).expect(200)).body.items;
      return items[0]?.pdfReady ? items[0] : undefined;
    });
    done = { enrollmentId: laterEnrollment, certificateId: certificate.id, number: certificate.number, verificationCode: certificate.verificationCode };

    context = await web.context();
    page = await context.newPage();
    await web.signIn(page, police.officer.email);
  }, 120_000);
  afterAll(async () => {
    await context?.close();
    await web?.close();
  });

  it('my training: the overdue course first, then by due date, each with its status and progress', async () => {
    await page.getByRole('heading', { name: 'Moje szkolenia', level: 1 }).waitFor();
    const cards = page.locator('.training-card');
    await cards.first().waitFor();
    expect(await cards.locator('h2').allTextContents()).toEqual(['Prawa cudzoziemców', 'Bezpieczeństwo z perspektywy migranta', 'Komunikacja międzykulturowa']);
    await expect(cards.nth(0).textContent()).resolves.toContain('Po terminie');
    await expect(cards.nth(0).textContent()).resolves.toContain('Ukończone moduły: 0 z 3');
    await expect(cards.nth(1).textContent()).resolves.toContain('Przypisane');
    await expect(cards.nth(2).textContent()).resolves.toContain('Ukończone moduły: 1 z 1');
    await expectAccessible(page);
    await screenshots('officer-training');
  });

  it('the course page lists the modules in order with their state and links to each lesson and the quiz', async () => {
    await page.getByRole('link', { name: 'Prawa cudzoziemców' }).click();
    await page.getByRole('heading', { name: 'Prawa cudzoziemców', level: 1 }).waitFor();
    expect(page.url()).toBe(`${web.baseUrl}/training/${overdue.enrollmentId}`);
    const modules = page.locator('.module-list > li');
    expect(await modules.locator('h3').allTextContents()).toEqual(['Kim jest cudzoziemiec', 'Status prawny', 'Sprawdzian']);
    await expect(modules.nth(0).textContent()).resolves.toMatch(/Lekcja · Nierozpoczęty · minimalny czas nauki 0:02/);
    await expect(modules.nth(1).textContent()).resolves.toMatch(/Lekcja · Nierozpoczęty · minimalny czas nauki 10:00/);
    await expect(modules.nth(2).textContent()).resolves.toMatch(/Test · Nierozpoczęty/);
    expect(await page.getByRole('link', { name: 'Sprawdzian' }).getAttribute('href')).toBe(`/training/${overdue.enrollmentId}/quiz/${overdue.quizModuleId}`);
    expect(await page.getByRole('link', { name: 'Status prawny' }).getAttribute('href')).toBe(`/training/${overdue.enrollmentId}/lesson/${overdue.lessonIds[1]}`);
    await expect(page.getByText('Po terminie').textContent()).resolves.toBe('Po terminie');
    await expectAccessible(page);
    await screenshots('officer-course');
  });

  it('a lesson: its Markdown rendered without the raw HTML, the countdown, then "Mark as completed" and back to the course', async () => {
    await page.getByRole('link', { name: 'Kim jest cudzoziemiec' }).click();
    await page.getByRole('heading', { name: 'Kim jest cudzoziemiec', level: 1 }).waitFor();
    // The Markdown's own heading, its emphasis; the HTML in the source shown as text, never run.
    await page.locator('.lesson-body h2', { hasText: 'Kim jest cudzoziemiec' }).waitFor();
    expect(await page.locator('.lesson-body strong').textContent()).toBe('bez obywatelstwa polskiego');
    expect(await page.locator('.lesson-body').textContent()).toContain('<script>window.__injected = "script"</script>');
    expect(await page.locator('.lesson-body img, .lesson-body script').count()).toBe(0);
    expect(await page.locator('.lesson-body a').getAttribute('href')).toBeNull();
    expect(await page.evaluate(() => (window as any).__injected)).toBeUndefined();
    expect(await page.getByRole('link', { name: 'Urząd do Spraw Cudzoziemców' }).getAttribute('href')).toBe('https://www.gov.pl/web/udsc');

    const button = page.getByRole('button', { name: 'Oznacz jako ukończoną' });
    const timer = page.getByRole('timer');
    await timer.waitFor();
    expect(await timer.textContent()).toMatch(/^0:0[12]$/);
    expect(await button.isDisabled()).toBe(true);
    await expectAccessible(page);
    await screenshots('officer-lesson');

    await page.getByRole('status').filter({ hasText: 'Minimalny czas nauki minął' }).waitFor({ timeout: 5_000 });
    expect(await button.isEnabled()).toBe(true);
    await button.click();
    await page.waitForURL(`${web.baseUrl}/training/${overdue.enrollmentId}`);
    await page.getByRole('heading', { name: 'Prawa cudzoziemców', level: 1 }).waitFor();
    await page.locator('.module-list > li').nth(0).filter({ hasText: 'Ukończony' }).waitFor();
    await expect(page.locator('.module-list > li').nth(1).textContent()).resolves.toContain('Nierozpoczęty');

    // Opened again, the lesson says it is done and offers no button.
    await page.getByRole('link', { name: 'Kim jest cudzoziemiec' }).click();
    await page.getByText(/^Lekcja ukończona/).waitFor();
    expect(await button.count()).toBe(0);
    await page.getByRole('link', { name: '← Wróć do kursu' }).click();
    await page.getByRole('link', { name: '← Moje szkolenia' }).click();
    await page.locator('.training-card').first().filter({ hasText: 'Ukończone moduły: 1 z 3' }).waitFor();
  });

  it('the server refusing an early completion is said in words, and the countdown then waits as long as the server says', async () => {
    // A device clock running ahead of the server's: the page believes the 10 minutes are over, the server does not.
    const ahead = await context.newPage();
    await ahead.clock.install();
    await ahead.goto(`${web.baseUrl}/training/${overdue.enrollmentId}/lesson/${overdue.lessonIds[1]}`);
    await ahead.getByRole('heading', { name: 'Status prawny', level: 1 }).waitFor();
    expect(await ahead.getByRole('timer').textContent()).toMatch(/^(10:00|9:59)$/);
    const button = ahead.getByRole('button', { name: 'Oznacz jako ukończoną' });
    expect(await button.isDisabled()).toBe(true);
    await ahead.clock.fastForward('10:05');
    await ahead.getByRole('status').filter({ hasText: 'Minimalny czas nauki minął' }).waitFor();
    await button.click();
    await ahead.getByRole('alert').filter({ hasText: 'Serwer nie przyjął jeszcze ukończenia' }).waitFor();
    expect(await ahead.getByRole('alert').textContent()).toMatch(/Spróbuj ponownie za (600|599|598) s/);
    expect(await ahead.getByRole('timer').textContent()).toMatch(/^(10:00|9:59|9:58)$/);
    expect(await button.isDisabled()).toBe(true);
    await expectAccessible(ahead);
    await ahead.close();
  });

  it('certificates: course, dates and status; the PDF and the credential download with the token; the QR code; the public verification page', async () => {
    await page.goto(`${web.baseUrl}/certificates`);
    await page.getByRole('heading', { name: 'Moje zaświadczenia', level: 1 }).waitFor();
    const card = page.getByRole('listitem', { name: 'Komunikacja międzykulturowa' });
    await card.waitFor();
    const text = await card.textContent();
    expect(text).toContain(done.number);
    expect(text).toContain('Ważne');
    expect(text).toMatch(/Wydano.*\d{4}/);
    expect(text).toMatch(/Ważne do.*\d{4}/);
    const qr = card.getByRole('img', { name: `Kod QR strony weryfikacji zaświadczenia ${done.number}` });
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await expectAccessible(page);
    await screenshots('officer-certificates');

    const [pdf] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Pobierz PDF' }).click()]);
    expect(pdf.suggestedFilename()).toBe(`${done.number}.pdf`);
    expect((await readFile((await pdf.path())!)).subarray(0, 4).toString('latin1')).toBe('%PDF');

    const [credential] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Pobierz poświadczenie cyfrowe (.json)' }).click()]);
    expect(credential.suggestedFilename()).toBe(`${done.number}.credential.json`);
    const saved = JSON.parse(await readFile((await credential.path())!, 'utf8'));
    expect(saved).toMatchObject({ format: 'vc+jwt', jwt: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/), credential: expect.objectContaining({ type: expect.arrayContaining(['VerifiableCredential']) }) });

    await card.getByRole('link', { name: 'Otwórz stronę weryfikacji' }).click();
    await page.waitForURL(`${web.baseUrl}/verify/${done.verificationCode}`);
    await page.getByText(done.number).first().waitFor();
    expect(await page.textContent('body')).toContain('Ważne');
    await expectAccessible(page);
  });

  it('a certificate whose PDF is still being rendered says so and offers it once ready; a revoked one says so with the reason', async () => {
    const [{ pdf_key: key }] = await web.t.dataSource.query(`SELECT pdf_key FROM certificate WHERE id = $1`, [done.certificateId]);
    await web.t.dataSource.query(`UPDATE certificate SET pdf_key = NULL WHERE id = $1`, [done.certificateId]);
    await page.goto(`${web.baseUrl}/certificates`);
    const card = page.getByRole('listitem', { name: 'Komunikacja międzykulturowa' });
    await card.getByRole('status').filter({ hasText: 'Plik PDF jest jeszcze przygotowywany' }).waitFor();
    expect(await card.getByRole('button', { name: 'Pobierz PDF' }).isDisabled()).toBe(true);
    // The page asks again by itself while a PDF is pending.
    await web.t.dataSource.query(`UPDATE certificate SET pdf_key = $2 WHERE id = $1`, [done.certificateId, key]);
    await waitFor('the PDF button', async () => (await card.getByRole('button', { name: 'Pobierz PDF' }).isEnabled()) || undefined, 10_000);
    expect(await card.getByText('Plik PDF jest jeszcze przygotowywany').count()).toBe(0);

    await post(admin, `/certificates/${done.certificateId}/revoke`).send({ reason: 'Wydane omyłkowo.' }).expect(200);
    await page.reload();
    await card.getByText('Unieważnione', { exact: true }).waitFor();
    expect(await card.textContent()).toContain('Powód: Wydane omyłkowo.');
    await expectAccessible(page);
  });

  it('notifications: newest first; marking one read lowers the badge in the navigation, and all read removes it', async () => {
    await page.goto(`${web.baseUrl}/notifications`);
    await page.getByRole('heading', { name: 'Powiadomienia', level: 1 }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Nawigacja główna' });
    await nav.getByRole('link', { name: 'Powiadomienia (nieprzeczytane: 2)' }).waitFor();
    const items = page.locator('.notification-list > li');
    expect(await items.count()).toBe(2);
    const [newest] = await web.t.dataSource.query(`SELECT kind FROM notification WHERE recipient_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1`, [police.officer.id]);
    expect(await items.nth(0).textContent()).toContain(newest.kind === 'overdue' ? 'Prawa cudzoziemców' : 'Bezpieczeństwo z perspektywy migranta');
    await page.getByText('Nieprzeczytane: 2 z 2.').waitFor();
    await expectAccessible(page);

    await items.nth(0).getByRole('button', { name: 'Oznacz jako przeczytane' }).click();
    await nav.getByRole('link', { name: 'Powiadomienia (nieprzeczytane: 1)' }).waitFor();
    await items.nth(0).getByText(/^Przeczytano/).waitFor();
    await page.getByText('Nieprzeczytane: 1 z 2.').waitFor();

    // Each links to its course in the app.
    const soonCard = page.getByRole('listitem', { name: /Bezpieczeństwo z perspektywy migranta/ });
    expect(await soonCard.getByRole('link', { name: 'Przejdź do kursu' }).getAttribute('href')).toBe(`/training/${soon.enrollmentId}`);

    await page.getByRole('button', { name: 'Oznacz wszystkie jako przeczytane' }).click();
    await page.getByText('Nieprzeczytane: 0 z 2.').waitFor();
    await nav.getByRole('link', { name: 'Powiadomienia', exact: true }).waitFor();
    await expectAccessible(page);
  });

  it("another institution's officer opening this officer's enrollment sees that it was not found, not a blank page", async () => {
    const other = await web.context();
    const otherPage = await other.newPage();
    await web.signIn(otherPage, guard.officer.email);
    await otherPage.goto(`${web.baseUrl}/training/${overdue.enrollmentId}`);
    await otherPage.getByRole('heading', { name: 'Kurs niedostępny', level: 1 }).waitFor();
    expect(await otherPage.getByRole('alert').textContent()).toContain('Nie znaleziono');
    expect(await otherPage.getByText('Prawa cudzoziemców').count()).toBe(0);
    await otherPage.goto(`${web.baseUrl}/training/${overdue.enrollmentId}/lesson/${overdue.lessonIds[0]}`);
    await otherPage.getByRole('heading', { name: 'Lekcja niedostępna', level: 1 }).waitFor();
    expect(await otherPage.getByRole('alert').textContent()).toContain('Nie znaleziono');
    await expectAccessible(otherPage);
    // Their own training and certificates are empty, and say so.
    await otherPage.goto(`${web.baseUrl}/training`);
    await otherPage.getByText('Nie masz przypisanych szkoleń.').waitFor();
    await otherPage.goto(`${web.baseUrl}/certificates`);
    await otherPage.getByText(/Nie masz jeszcze zaświadczeń/).waitFor();
    await other.close();
  });
});
