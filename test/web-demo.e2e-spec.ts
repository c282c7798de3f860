import type { Page } from 'playwright-core';
import { PasswordHasher } from '../src/modules/auth/password-hasher';
import { DEMO_COURSE, DEMO_QUESTIONS } from '../src/seed/demo-course';
import { DEMO_PASSWORD, DEMO_TRY, DEMO_USERS } from '../src/seed/demo-world';
import { DEMO_ADMIN, DEMO_COURSE_AUTHOR, seedDemo } from '../src/seed/seed-demo';
import { assignDemoCourse, seedDemoCourse } from '../src/seed/seed-demo-course';
import { expectAccessible } from './support/accessibility';
import { rightAnswer, ShownQuestion } from './support/answers';
import { bearer } from './support/test-app';
import { tableRows, WebTest } from './support/web';

const COURSE = DEMO_COURSE.title.pl;
const TRAINER = DEMO_USERS.find((u) => u.email === DEMO_COURSE_AUTHOR)!;

/**
 * What `npm run demo` promises, in a browser: the demo officer it names studies the demo
 * course's lessons, takes its final test, a trainer grades the essays in the grading
 * queue, the officer has the certificate, and the officer's coordinator sees the
 * completion on the dashboard. The test's answers are saved with the same request the
 * player sends (the player's every question type is driven by hand in web-quiz); all
 * else is clicked.
 */
describe('the demo in a browser: the demo officer completes the demo course, their coordinator sees it', () => {
  let web: WebTest;

  beforeAll(async () => {
    web = await WebTest.start({ worker: true });
    await seedDemo(web.t.dataSource, new PasswordHasher());
    await seedDemoCourse(web.t.dataSource, DEMO_COURSE_AUTHOR);
    await assignDemoCourse(web.t.dataSource, DEMO_ADMIN);
  }, 120_000);
  afterAll(() => web?.close());

  const signedIn = async (email: string, viewport: 'phone' | 'desktop' = 'desktop'): Promise<Page> => {
    const page = await (await web.context({ viewport })).newPage();
    await web.signIn(page, email, DEMO_PASSWORD);
    return page;
  };
  /** The demo course's row of the dashboard's completion table: [course, assigned, completed, …]. */
  const completionRow = async (page: Page) => (await tableRows(page, 'Ukończenie według kursów')).find((row) => row[0] === COURSE)!;

  it('an officer studies every lesson, passes the final test after a trainer grades the essays, gets the certificate; the coordinator sees it', async () => {
    const coordinator = await signedIn(DEMO_TRY.coordinator);
    await coordinator.getByRole('heading', { name: 'Pulpit', level: 1 }).waitFor();
    const before = await completionRow(coordinator);
    await expectAccessible(coordinator);

    // The officer, on a phone: my training → the course → each lesson, its study time run out.
    const officer = await signedIn(DEMO_TRY.officer, 'phone');
    await officer.getByRole('link', { name: COURSE }).click();
    await officer.getByRole('heading', { name: COURSE, level: 1 }).waitFor();
    const enrollmentId = /\/training\/([0-9a-f-]+)$/.exec(officer.url())![1];
    const token = (await web.t.login(DEMO_TRY.officer, DEMO_PASSWORD)).accessToken;
    const outline = (await web.t.http.get(`/api/v1/enrollments/${enrollmentId}`).set(bearer(token)).expect(200)).body;
    for (const lesson of outline.modules.filter((m: { kind: string }) => m.kind === 'lesson')) {
      await officer.getByRole('link', { name: lesson.title.pl }).click();
      await officer.getByRole('heading', { name: lesson.title.pl, level: 1 }).waitFor();
      await officer.getByRole('timer').waitFor();
      if (lesson === outline.modules[0]) await web.screenshot(officer, 'demo-officer-lesson-phone', { fullPage: false });
      // Ten minutes of reading, compressed: the server counts from when the lesson was opened.
      await web.t.dataSource.query(`UPDATE module_progress SET started_at = started_at - interval '1 hour' WHERE enrollment_id = $1 AND module_id = $2`, [enrollmentId, lesson.id]);
      await officer.reload();
      await officer.getByRole('button', { name: 'Oznacz jako ukończoną' }).click();
      await officer.getByRole('heading', { name: COURSE, level: 1 }).waitFor();
    }

    // The final test: started in the player, answered, handed in after the confirmation.
    const quiz = outline.modules.find((m: { kind: string }) => m.kind === 'quiz');
    await officer.getByRole('link', { name: quiz.title.pl }).click();
    await officer.getByRole('button', { name: 'Rozpocznij test' }).click();
    await officer.waitForURL(/\/attempts\/[0-9a-f-]+$/);
    const attemptId = /\/attempts\/([0-9a-f-]+)$/.exec(officer.url())![1];
    const attempt = (await web.t.http.get(`/api/v1/attempts/${attemptId}`).set(bearer(token)).expect(200)).body;
    expect(attempt.questions).toHaveLength(DEMO_QUESTIONS.length);
    const byPrompt = new Map(DEMO_QUESTIONS.map(({ question }) => [question.prompt.pl, question]));
    const answers = (attempt.questions as ShownQuestion[]).map((shown) => rightAnswer(shown, byPrompt.get(shown.prompt.pl)!));
    await web.t.http.put(`/api/v1/attempts/${attemptId}/answers`).set(bearer(token)).send({ answers }).expect(200);
    await officer.reload();
    await officer.getByRole('button', { name: 'Oddaj test' }).click();
    const dialog = officer.getByRole('dialog', { name: 'Oddać test?' });
    await dialog.getByText('Odpowiedziano na wszystkie pytania.').waitFor();
    await dialog.getByRole('button', { name: 'Tak, oddaj test' }).click();
    await officer.getByRole('heading', { name: 'Wynik podejścia 1', level: 1 }).waitFor({ timeout: 30_000 });
    await officer.getByText(/^Wypowiedzi pisemne czekają na ocenę trenera/).waitFor({ timeout: 30_000 });
    // The demo quiz uses the safe review timing: no answers while attempts are left and none passed.
    await officer.getByText('Odpowiedzi i poprawne odpowiedzi zobaczysz po zaliczeniu testu albo po ostatnim podejściu.').waitFor();
    expect(await officer.getByRole('region', { name: 'Przegląd odpowiedzi' }).count()).toBe(0);
    await web.screenshot(officer, 'demo-officer-result-phone', { fullPage: false });

    // The course's author grades both essays in the queue.
    const trainer = await signedIn(TRAINER.email);
    await trainer.getByRole('link', { name: 'Ocenianie' }).click();
    for (let essay = 0; essay < 2; essay++) {
      const points = trainer.getByLabel(/^Punkty \(od 0 do [\d,]+\)$/);
      const label = (await trainer.locator('label', { hasText: /^Punkty \(od 0 do/ }).first().textContent())!;
      await points.fill(/do ([\d,]+)\)/.exec(label)![1]);
      await trainer.getByRole('button', { name: 'Zapisz ocenę' }).click();
      await trainer.getByRole('status').filter({ hasText: 'Zapisano ocenę' }).waitFor();
    }

    // The officer: passed, and the certificate is there.
    await officer.reload();
    await officer.getByText('Zaliczony').first().waitFor({ timeout: 30_000 });
    await officer.getByRole('region', { name: 'Przegląd odpowiedzi' }).getByRole('heading', { name: 'Poprawna odpowiedź' }).first().waitFor();
    await officer.getByRole('link', { name: 'Zaświadczenia' }).click();
    await officer.locator('article, li').filter({ hasText: COURSE }).first().waitFor({ timeout: 30_000 });
    await expectAccessible(officer);

    // The coordinator's dashboard counts one more completion of the demo course.
    await coordinator.reload();
    await coordinator.getByRole('heading', { name: 'Pulpit', level: 1 }).waitFor();
    const after = await completionRow(coordinator);
    expect(Number(after[2])).toBe(Number(before[2]) + 1);
    await web.screenshot(coordinator, 'demo-coordinator-dashboard-desktop');
    expect(after[1]).toBe(before[1]);
  }, 240_000);
});
