import type { Locator, Page } from 'playwright-core';
import { enroll, publishCourse } from './support/courses';
import { VALID_QUESTIONS } from './support/questions';
import { bearer } from './support/test-app';
import { expectAccessible } from './support/accessibility';
import { WebTest } from './support/web';
import { createInstitutionWithPeople, PASSWORD } from './support/world';

/** The question card whose heading says "Pytanie n z total". */
const question = (page: Page, n: number, total = 9) => page.getByRole('region', { name: new RegExp(`^Pytanie ${n} z ${total}\\b`) });

/** A <select> set from the keyboard: focused, then the arrow key until the wanted option is chosen. */
async function chooseWithKeys(select: Locator, label: string): Promise<void> {
  await select.focus();
  for (let i = 0; i < 10; i++) {
    const chosen = await select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent);
    if (chosen === label) return;
    await select.press('ArrowDown');
  }
  throw new Error(`"${label}" could not be chosen with the keyboard`);
}

/** The ordering question put right with its "up" buttons and Enter only. */
async function orderWithKeys(page: Page, card: Locator, wanted: string[]): Promise<void> {
  for (let target = 0; target < wanted.length; target++) {
    const shown = await card.locator('.quiz-order-text').allTextContents();
    const from = shown.indexOf(wanted[target]);
    if (from === target) continue;
    await card.getByRole('button', { name: `W górę: ${wanted[target]}` }).focus();
    for (let i = from; i > target; i--) await page.keyboard.press('Enter');
    await card.getByRole('status').filter({ hasText: `„${wanted[target]}” – pozycja ${target + 1} z ${wanted.length}.` }).waitFor();
  }
  expect(await card.locator('.quiz-order-text').allTextContents()).toEqual(wanted);
}

const ORDER = VALID_QUESTIONS.ordering.items.map((i) => i.pl);
const ALL_TYPES = Object.values(VALID_QUESTIONS);

describe('web: taking a quiz', () => {
  let web: WebTest;
  let admin: string;
  let world: Awaited<ReturnType<typeof createInstitutionWithPeople>>;
  let course: Awaited<ReturnType<typeof publishCourse>>;
  let enrollmentId: string;

  beforeAll(async () => {
    web = await WebTest.start({ worker: true });
    admin = await web.t.adminToken();
    world = await createInstitutionWithPeople(web.t, admin, 'QUIZ');
    course = await publishCourse(web.t, world.trainer.token, { questions: ALL_TYPES, title: 'Komunikacja międzykulturowa', quiz: { reviewPolicy: 'correct_answers', reviewAfter: 'each_attempt' } });
    [enrollmentId] = await enroll(web.t, admin, course.courseId, [world.officer.id]);
  }, 90_000);
  afterAll(() => web?.close());

  /** Signs in on the sign-in form shown at the quiz's own address, which then opens. */
  const signInAt = async (page: Page, url: string) => {
    await page.goto(url);
    await page.getByLabel('Adres e-mail').fill(world.officer.email);
    await page.getByLabel('Hasło').fill(PASSWORD);
    await page.getByRole('button', { name: 'Zaloguj się' }).click();
    await page.getByRole('navigation').waitFor();
  };
  const intro = () => `${web.baseUrl}/training/${enrollmentId}/quiz/${course.quizModuleId}`;
  const apiAttempt = async (id: string) => (await web.t.http.get(`/api/v1/attempts/${id}`).set(bearer(world.officer.token)).expect(200)).body;

  it('an officer answers every question type (matching and ordering with the keyboard), sees it saved, reloads, submits with confirmation and sees grading, the result and the review', async () => {
    const context = await web.context();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await signInAt(page, intro());
    await page.getByRole('heading', { name: 'Test', level: 1 }).waitFor();
    const facts = page.locator('.quiz-facts');
    await facts.getByText('9', { exact: true }).waitFor();
    await facts.getByText('wykorzystane 0 z 3').waitFor();
    await facts.getByText('60%').waitFor();
    await facts.getByText('bez limitu').waitFor();
    await page.getByText('Nie było jeszcze podejść.').waitFor();
    await expectAccessible(page);
    await web.screenshot(page, 'quiz-intro-desktop');

    await page.getByRole('button', { name: 'Rozpocznij test' }).click();
    await page.getByRole('heading', { name: 'Podejście 1', level: 1 }).waitFor();
    const attemptId = page.url().split('/attempts/')[1];
    await page.locator('.quiz-subtitle').getByText('Test').waitFor();

    await question(page, 1).getByLabel('112').check();
    await question(page, 2).getByLabel('Karta pobytu').check();
    await question(page, 2).getByLabel('Wiza krajowa').check();
    await question(page, 3).getByText('Mąż zgłaszającej chce tłumaczyć').waitFor();
    await question(page, 3).getByLabel('Wzywam niezależnego tłumacza.').check();
    await question(page, 4).getByLabel('Fałsz').check();
    await question(page, 5).getByLabel('Twoja odpowiedź', { exact: true }).fill('non-refoulement');
    await question(page, 6).getByLabel('Twoja odpowiedź (liczba)').fill('112');
    const matching = question(page, 7);
    for (const pair of VALID_QUESTIONS.matching.pairs) await chooseWithKeys(matching.getByLabel(pair.left.pl), pair.right.pl);
    await orderWithKeys(page, question(page, 8), ORDER);
    await question(page, 9).getByLabel('Twoja wypowiedź').fill('Na interwencji domowej pomógł dopiero tłumacz z urzędu.');
    // Leaving the essay saves at once.
    await page.getByRole('button', { name: 'Oddaj test' }).focus();
    await page.getByRole('status').filter({ hasText: /^Zapisano o \d{1,2}:\d{2}:\d{2}$/ }).waitFor();
    await page.locator('form .quiz-actions').getByText('Odpowiedziano na wszystkie pytania.').waitFor();
    await expectAccessible(page);
    await web.screenshot(page, 'quiz-player-desktop');
    const saved = await apiAttempt(attemptId);
    expect(saved.answers).toHaveLength(9);

    // A reload shows every answer as it was.
    await page.reload();
    await page.getByRole('heading', { name: 'Podejście 1', level: 1 }).waitFor();
    expect(await question(page, 1).getByLabel('112').isChecked()).toBe(true);
    expect(await question(page, 2).getByLabel('Wiza krajowa').isChecked()).toBe(true);
    expect(await question(page, 4).getByLabel('Fałsz').isChecked()).toBe(true);
    expect(await question(page, 5).getByLabel('Twoja odpowiedź', { exact: true }).inputValue()).toBe('non-refoulement');
    expect(await question(page, 6).getByLabel('Twoja odpowiedź (liczba)').inputValue()).toBe('112');
    expect(await matching.getByLabel('Wojewoda').evaluate((el: HTMLSelectElement) => el.selectedOptions[0].textContent)).toBe('udziela zezwolenia na pobyt czasowy');
    expect(await question(page, 8).locator('.quiz-order-text').allTextContents()).toEqual(ORDER);
    expect(await question(page, 9).getByLabel('Twoja wypowiedź').inputValue()).toContain('tłumacz z urzędu');

    // The confirmation: focus goes into it, Escape cancels and gives the focus back.
    const submitButton = page.getByRole('button', { name: 'Oddaj test' });
    await submitButton.click();
    const dialog = page.getByRole('dialog', { name: 'Oddać test?' });
    await dialog.getByText('Odpowiedziano na wszystkie pytania.').waitFor();
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await submitButton.evaluate((el) => el === document.activeElement)).toBe(true);
    await submitButton.press('Enter');
    await dialog.getByRole('button', { name: 'Tak, oddaj test' }).click();

    await page.getByText('Ocenianie…').waitFor();
    await page.getByRole('heading', { name: 'Wynik podejścia 1', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Wynik', exact: true }).waitFor({ timeout: 20_000 });
    // Everything right; the essay (5 of 17 points) waits for a trainer.
    await page.getByText('12 z 17 pkt (70,6%)').waitFor();
    await page.getByText('Wypowiedzi pisemne czekają na ocenę trenera').waitFor();
    const review = page.getByRole('region', { name: 'Przegląd odpowiedzi' });
    await review.getByText('Karta pobytu (50%)').waitFor();
    await review.getByText('Straż Graniczna → przyjmuje wniosek o ochronę międzynarodową').first().waitFor();
    await review.getByText('czeka na ocenę trenera').waitFor();
    expect(await review.getByRole('heading', { name: 'Poprawna odpowiedź' }).count()).toBe(8);
    await expectAccessible(page);
    await web.screenshot(page, 'quiz-result-desktop');

    // The quiz page lists it.
    await page.getByRole('link', { name: 'Wróć do testu' }).click();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Podejście 1' }) });
    await row.getByRole('cell', { name: 'czeka na ocenę trenera', exact: true }).waitFor();
    await row.getByRole('cell', { name: '70,6% (bez oceny wypowiedzi pisemnych)' }).waitFor();
    await page.getByText('wykorzystane 1 z 3').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('offline on a phone: the answers are kept on the device and told so, and sent when the connection returns', async () => {
    const context = await web.context({ viewport: 'phone' });
    const page = await context.newPage();
    await signInAt(page, intro());
    await page.getByRole('heading', { name: 'Test', level: 1 }).waitFor();
    await page.getByText('wykorzystane 1 z 3').waitFor();
    await expectAccessible(page);
    await web.screenshot(page, 'quiz-intro-phone');

    await page.getByRole('button', { name: 'Rozpocznij test' }).click();
    await page.getByRole('heading', { name: 'Podejście 2', level: 1 }).waitFor();
    const attemptId = page.url().split('/attempts/')[1];
    await question(page, 5).getByLabel('Twoja odpowiedź', { exact: true }).fill('azyl');
    await page.getByRole('status').filter({ hasText: /^Zapisano o / }).waitFor();
    await expectAccessible(page);
    await web.screenshot(page, 'quiz-player-phone');

    await context.setOffline(true);
    await question(page, 4).getByLabel('Prawda').check();
    await question(page, 6).getByLabel('Twoja odpowiedź (liczba)').fill('7,5');
    await page.getByText('Brak połączenia – Twoje odpowiedzi są zachowane na tym urządzeniu i zostaną wysłane, gdy połączenie wróci.').waitFor();
    const kept = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), `mosty.quiz.unsaved.${attemptId}`))!);
    expect(kept.map((a: { value: unknown }) => a.value).sort()).toEqual([7.5, true]);
    expect((await apiAttempt(attemptId)).answers).toHaveLength(1);

    await context.setOffline(false);
    await page.getByRole('status').filter({ hasText: /^Zapisano o / }).waitFor({ timeout: 15_000 });
    const arrived = await apiAttempt(attemptId);
    expect(arrived.answers.map((a: { value?: unknown; text?: string }) => a.value ?? a.text).sort()).toEqual([7.5, 'azyl', true].sort());
    expect(await page.evaluate((key) => localStorage.getItem(key), `mosty.quiz.unsaved.${attemptId}`)).toBeNull();

    // Submitted with six unanswered, said in the dialog.
    await page.getByRole('button', { name: 'Oddaj test' }).click();
    const dialog = page.getByRole('dialog', { name: 'Oddać test?' });
    await dialog.getByText('Na 6 pytań nie ma odpowiedzi.').waitFor();
    await dialog.getByRole('button', { name: 'Tak, oddaj test' }).click();
    await page.getByText(/z 17 pkt/).waitFor({ timeout: 20_000 });
    await page.getByRole('region', { name: 'Przegląd odpowiedzi' }).waitFor();
    await expectAccessible(page);
    await web.screenshot(page, 'quiz-result-phone');
    // No horizontal scrolling at 360 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  }, 90_000);

  it('a timed quiz: the countdown runs out, the page says so, and the attempt ends graded on what was saved', async () => {
    const timed = await publishCourse(web.t, world.trainer.token, {
      questions: [VALID_QUESTIONS.true_false, VALID_QUESTIONS.numeric],
      title: 'Na czas',
      quiz: { timeLimitSeconds: 60, reviewPolicy: 'score' },
    });
    const [timedEnrollment] = await enroll(web.t, admin, timed.courseId, [world.officer.id]);
    const context = await web.context();
    const page = await context.newPage();
    await signInAt(page, `${web.baseUrl}/training/${timedEnrollment}/quiz/${timed.quizModuleId}`);
    await page.locator('.quiz-facts').getByText('1 minuta').waitFor();
    await page.getByRole('button', { name: 'Rozpocznij test' }).click();
    await page.getByRole('heading', { name: 'Podejście 1', level: 1 }).waitFor();
    const attemptId = page.url().split('/attempts/')[1];
    await page.getByRole('timer').filter({ hasText: /Pozostały czas: (1:00|0:5\d)/ }).waitFor();

    // The minimum limit is a minute: the test shortens this attempt's deadline to a few seconds, and the officer comes back to it.
    await web.t.dataSource.query(`UPDATE attempt SET deadline_at = now() + interval '6 seconds' WHERE id = $1`, [attemptId]);
    await page.goto(`${web.baseUrl}/training/${timedEnrollment}/quiz/${timed.quizModuleId}`);
    await page.getByRole('cell', { name: 'w toku' }).waitFor();
    await page.getByRole('button', { name: 'Kontynuuj podejście 1' }).click();
    await page.waitForURL(`${web.baseUrl}/attempts/${attemptId}`);
    await page.getByRole('timer').filter({ hasText: /Pozostały czas: 0:0[1-6]/ }).waitFor();
    await question(page, 1, 2).getByLabel('Fałsz').check();
    await page.getByRole('status').filter({ hasText: /^Zapisano o / }).waitFor();

    // At zero the player says so and takes no more answers, then the attempt is submitted.
    await page.getByText('Czas minął. Test został zakończony').waitFor({ timeout: 15_000 });
    expect(await question(page, 2, 2).getByLabel('Twoja odpowiedź (liczba)').isDisabled()).toBe(true);
    await page.getByRole('heading', { name: 'Wynik podejścia 1', level: 1 }).waitFor({ timeout: 15_000 });
    await page.getByText('Czas minął – test oddano automatycznie z odpowiedziami zapisanymi w czasie.').waitFor();
    await page.getByText('1 z 2 pkt (50%)').waitFor({ timeout: 20_000 });
    await page.getByText('Niezaliczony').waitFor();
    // The score-only policy: no review.
    await page.getByText('Ten test pokazuje po oddaniu tylko wynik.').waitFor();
    expect(await page.getByRole('region', { name: 'Przegląd odpowiedzi' }).count()).toBe(0);
    await expectAccessible(page);
    const ended = await apiAttempt(attemptId);
    expect(ended).toMatchObject({ status: 'graded', score: 1, passed: false });
    expect(ended.submittedAt).toBe(ended.deadlineAt);
    await context.close();
  }, 90_000);
});
