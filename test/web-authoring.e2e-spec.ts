import type { Page } from 'playwright-core';
import { seriousAccessibilityViolations } from './support/accessibility';
import { enroll, waitForGrading } from './support/courses';
import { VALID_QUESTIONS } from './support/questions';
import { bearer } from './support/test-app';
import { WebTest } from './support/web';
import { createInstitutionWithPeople } from './support/world';

/**
 * A trainer authors a course in the browser: lessons with a live Markdown preview, a quiz
 * drawing from a bank, publishing (with the check's errors linked to their fields), the
 * version history with diffs, and an erratum whose regrade the worker runs.
 */
describe('web app: a trainer authors, publishes and corrects a course', () => {
  let web: WebTest;
  let world: Awaited<ReturnType<typeof createInstitutionWithPeople>>;
  let admin: string;
  let bankId: string;
  let courseUrl: string;
  const ids: { lesson?: string; quiz?: string } = {};

  const expectAccessible = async (page: Page) => expect(await seriousAccessibilityViolations(page)).toEqual([]);
  const noSideways = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);

  beforeAll(async () => {
    web = await WebTest.start({ worker: true });
    admin = await web.t.adminToken();
    world = await createInstitutionWithPeople(web.t, admin, 'AUTH');
    // The bank is made through the API: its own pages are another area's.
    const api = (path: string) => web.t.http.post(`/api/v1${path}`).set(bearer(world.trainer.token));
    bankId = (await api('/question-banks').send({ name: 'Prawo pobytowe' }).expect(201)).body.id;
    await api(`/question-banks/${bankId}/questions`).send({ ...VALID_QUESTIONS.true_false, name: 'Dziecko jako tłumacz', tags: ['prawo'] }).expect(201);
    await api(`/question-banks/${bankId}/questions`).send({ ...VALID_QUESTIONS.single_choice, tags: ['prawo'] }).expect(201);
  }, 60_000);
  afterAll(() => web?.close());

  it('creates a course with a lesson and a quiz, publishes it after fixing what the check found, publishes version 2, and files an erratum', async () => {
    const context = await web.context();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.exposeFunction('__noteScriptRan', () => errors.push('a script from the lesson ran'));

    // My courses: none yet; a new one.
    await web.signIn(page, world.trainer.email);
    await page.getByRole('heading', { name: 'Moje kursy' }).waitFor();
    expect(page.url()).toBe(`${web.baseUrl}/authoring/courses`);
    await page.getByText('Nie masz jeszcze żadnego kursu.').waitFor();
    await expectAccessible(page);
    await page.getByLabel('Tytuł kursu (polski)').fill('Komunikacja z cudzoziemcem');
    await page.getByRole('button', { name: 'Utwórz kurs' }).click();

    // The course: titles in three languages, saved.
    await page.getByRole('heading', { name: 'Komunikacja z cudzoziemcem', level: 1 }).waitFor();
    courseUrl = page.url();
    await page.getByText('Szkic', { exact: true }).waitFor();
    await page.getByLabel('Tytuł angielski').fill('Communicating with foreigners');
    await page.getByLabel('Tytuł ukraiński').fill('Спілкування з іноземцями');
    await page.getByRole('button', { name: 'Zapisz' }).click();
    await page.getByRole('status').filter({ hasText: 'Zapisano.' }).waitFor();
    await expectAccessible(page);

    // A lesson: its Markdown previewed as an officer will see it; raw HTML stays text and never runs.
    await page.getByLabel('Tytuł modułu (polski)').fill('Praca z tłumaczem');
    await page.getByRole('button', { name: 'Dodaj moduł' }).click();
    await page.getByRole('heading', { name: 'Lekcja: Praca z tłumaczem' }).waitFor();
    ids.lesson = page.url().split('/').pop();
    await page
      .getByLabel('Treść lekcji (Markdown) polski')
      .fill('# Zasady rozmowy\n\nMów **krótkimi** zdaniami.\n\n<script>window.__noteScriptRan()</script>\n\n<img src="x" onerror="window.__noteScriptRan()">\n\n[zły link](javascript:window.__noteScriptRan())');
    const preview = page.getByRole('region', { name: 'Podgląd lekcji — polski' });
    await preview.getByRole('heading', { name: 'Zasady rozmowy' }).waitFor();
    expect(await preview.locator('strong').textContent()).toBe('krótkimi');
    expect(await preview.textContent()).toContain('<script>window.__noteScriptRan()</script>');
    expect(await preview.locator('script, img').count()).toBe(0);
    expect(await preview.getByText('zły link').getAttribute('href')).toBeNull();
    await preview.getByText('zły link').click();
    await page.getByLabel('Minimalny czas nauki (minuty)').fill('5');
    await page.getByRole('button', { name: 'Zapisz' }).click();
    await page.getByRole('status').filter({ hasText: 'Zapisano.' }).waitFor();
    await expectAccessible(page);
    await web.screenshot(page, 'authoring-lesson-desktop');

    // A quiz: the API's validation error shows at its input; a fixed question and a draw that asks too much.
    await page.getByRole('link', { name: '← Kurs Komunikacja z cudzoziemcem' }).click();
    await page.getByLabel('Rodzaj modułu').selectOption('quiz');
    await page.getByLabel('Tytuł modułu (polski)').fill('Sprawdzian');
    await page.getByRole('button', { name: 'Dodaj moduł' }).click();
    await page.getByRole('heading', { name: 'Test: Sprawdzian' }).waitFor();
    ids.quiz = page.url().split('/').pop();
    await page.getByLabel('Próg zaliczenia (%)').fill('150');
    await page.getByRole('button', { name: 'Zapisz' }).click();
    const passMark = page.getByLabel('Próg zaliczenia (%)');
    await page.locator('#quiz-passMarkPercent-error').waitFor();
    expect(await passMark.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#quiz-passMarkPercent-error').textContent()).toMatch(/100/);
    await passMark.fill('60');
    await page.getByLabel('Co uczestnik widzi po oddaniu').selectOption('correct_answers');
    // The safe review timing is the default, and its hint says what it means.
    expect(await page.getByLabel('Kiedy pokazać przegląd odpowiedzi').inputValue()).toBe('last_attempt_or_pass');
    await page.getByText('Bezpieczne: odpowiedzi pojawią się, gdy uczestnik zaliczy test albo wykorzysta wszystkie podejścia.').waitFor();
    await page.getByLabel(/Dziecko jako tłumacz/).check();
    await page.getByRole('button', { name: 'Dodaj losowanie' }).click();
    await page.getByLabel('Tag kompetencji').selectOption('prawo');
    await page.getByLabel('Liczba pytań').fill('5');
    await page.getByText('Pytań do wyboru: 2').waitFor();
    await page.getByRole('button', { name: 'Zapisz' }).click();
    await page.getByRole('status').filter({ hasText: 'Zapisano.' }).waitFor();
    await expectAccessible(page);
    await web.screenshot(page, 'authoring-quiz-settings-desktop');

    // Publishing refuses; the error's link leads to the draw's count, focused.
    await page.goto(courseUrl);
    await page.getByRole('button', { name: 'Opublikuj' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Kursu nie można jeszcze opublikować' });
    await refusal.waitFor();
    await expectAccessible(page);
    await refusal.getByRole('link', { name: /Test „Sprawdzian”, losowanie 1: za mało pytań/ }).click();
    await page.getByRole('heading', { name: 'Test: Sprawdzian' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'quiz-draws-0-count');
    await page.getByLabel('Liczba pytań').fill('1');
    await page.getByRole('button', { name: 'Zapisz' }).click();
    await page.getByRole('status').filter({ hasText: 'Zapisano.' }).waitFor();

    // Published: version 1 in the history.
    await page.goto(courseUrl);
    await page.getByRole('button', { name: 'Opublikuj' }).click();
    await page.getByText('Opublikowano wersję 1.').waitFor();
    await page.getByText('Opublikowany, wersja 1', { exact: true }).waitFor();
    const history = page.getByRole('region', { name: 'Historia wersji' });
    await history.getByRole('link', { name: 'Wersja 1' }).waitFor();
    await page.getByText('Bez zmian.').waitFor();

    // Version 2: the lesson rewritten, the quiz moved first, a stray module added and deleted.
    await page.getByRole('link', { name: 'Praca z tłumaczem' }).click();
    await page.getByRole('heading', { name: 'Lekcja: Praca z tłumaczem' }).waitFor();
    await page.getByLabel('Treść lekcji (Markdown) polski').fill('# Zasady rozmowy\n\nMów krótko i patrz na rozmówcę, nie na tłumacza.');
    await page.getByRole('button', { name: 'Zapisz' }).click();
    await page.getByRole('status').filter({ hasText: 'Zapisano.' }).waitFor();
    await page.goto(courseUrl);
    await page.getByRole('button', { name: 'Przesuń w górę: Sprawdzian' }).click();
    await page.getByText('„Sprawdzian” jest teraz na pozycji 1 z 2.').waitFor();
    // Focus stays with the moved module (its "up" button is now disabled, so its "down" one).
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Przesuń w dół: Sprawdzian');
    await page.keyboard.press('Alt+ArrowDown');
    await page.getByText('„Sprawdzian” jest teraz na pozycji 2 z 2.').waitFor();
    await page.getByRole('button', { name: 'Przesuń w górę: Sprawdzian' }).click();
    await page.getByText('„Sprawdzian” jest teraz na pozycji 1 z 2.').waitFor();

    await page.getByLabel('Tytuł modułu (polski)').fill('Do usunięcia');
    await page.getByRole('button', { name: 'Dodaj moduł' }).click();
    await page.getByRole('heading', { name: 'Lekcja: Do usunięcia' }).waitFor();
    await page.goto(courseUrl);
    await page.getByRole('button', { name: 'Usuń moduł: Do usunięcia' }).click();
    const dialog = page.getByRole('dialog', { name: 'Usunąć moduł?' });
    await dialog.waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Tak, usuń moduł' }).click();
    await page.getByText('Usunięto moduł „Do usunięcia”.').waitFor();
    expect(await page.getByRole('link', { name: 'Do usunięcia' }).count()).toBe(0);

    const changes = page.getByRole('region', { name: 'Publikacja' });
    await changes.getByText('Lekcja „Praca z tłumaczem”: Treść (polski) zmieniony').waitFor();
    await changes.getByText('Test „Sprawdzian”: przeniesiony z pozycji 2 na 1').waitFor();
    await expectAccessible(page);
    await web.screenshot(page, 'authoring-course-desktop');
    await page.getByRole('button', { name: 'Opublikuj' }).click();
    await page.getByText('Opublikowano wersję 2.').waitFor();
    await page.getByText('Przeniesiono do nowej wersji szkolenia nierozpoczęte: 0.').waitFor();
    await history.getByRole('link', { name: 'Wersja 2' }).waitFor();
    expect(await history.getByRole('listitem').allTextContents()).toEqual([expect.stringMatching(/^Wersja 2/), expect.stringMatching(/^Wersja 1/)]);

    // The diff of version 2 against version 1.
    await history.getByRole('link', { name: 'Wersja 2' }).click();
    await page.getByRole('heading', { name: 'Komunikacja z cudzoziemcem — wersja 2' }).waitFor();
    const diff = page.getByRole('region', { name: 'Zmiany względem wersji 1' });
    await diff.getByText('Lekcja „Praca z tłumaczem”: Treść (polski) zmieniony').waitFor();
    await diff.getByText('Test „Sprawdzian”: przeniesiony z pozycji 2 na 1').waitFor();
    await page.getByText('Ta wersja nie ma errat.').waitFor();
    await expectAccessible(page);

    // An officer takes the quiz of version 2 (through the API: their pages are another area's) and is graded.
    const [enrollmentId] = await enroll(web.t, admin, courseUrl.split('/').pop()!, [world.officer.id]);
    const officer = bearer(world.officer.token);
    const attempt = (await web.t.http.post(`/api/v1/enrollments/${enrollmentId}/modules/${ids.quiz}/attempts`).set(officer).expect(201)).body;
    const trueFalse = attempt.questions.find((q: { type: string }) => q.type === 'true_false');
    await web.t.http.post(`/api/v1/attempts/${attempt.id}/submit`).set(officer).send({ answers: [{ questionId: trueFalse.id, value: true }] }).expect(202);
    await waitForGrading(web.t, world.officer.token, attempt.id);

    // The erratum: "true" was right after all; the worker regrades the attempt, and the page follows.
    await page.getByLabel('Pytanie', { exact: true }).selectOption({ label: 'Dziecko jako tłumacz: Dziecko może tłumaczyć rodzicom w sprawach urzędowych.' });
    await page.getByLabel('Poprawna odpowiedź').selectOption('true');
    await page.getByLabel('Powód erraty').fill('Klucz odpowiedzi był odwrócony.');
    await page.getByRole('button', { name: 'Zapisz erratę' }).click();
    await page.getByText('Errata zapisana. Podejścia do ponownej oceny: 1.').waitFor();
    await page.getByText('Klucz odpowiedzi był odwrócony.').waitFor();
    await page.getByText('Ponowna ocena zakończona: 1 z 1.').waitFor({ timeout: 20_000 });
    await expectAccessible(page);
    const regraded = (await web.t.http.get(`/api/v1/attempts/${attempt.id}`).set(bearer(world.trainer.token)).expect(200)).body;
    expect(regraded.score).toBeGreaterThan(0);

    // Archived and brought back: the state says so each time.
    await page.goto(courseUrl);
    await page.getByRole('button', { name: 'Archiwizuj' }).click();
    await page.getByText('Zarchiwizowany', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Przywróć z archiwum' }).click();
    await page.getByText('Opublikowany, wersja 2', { exact: true }).waitFor();

    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('its pages fit a phone and pass the accessibility scan there', async () => {
    const context = await web.context({ viewport: 'phone' });
    const page = await context.newPage();
    await web.signIn(page, world.trainer.email);
    await page.getByRole('heading', { name: 'Moje kursy' }).waitFor();
    await page.getByRole('link', { name: 'Komunikacja z cudzoziemcem' }).waitFor();
    await expectAccessible(page);
    await noSideways(page);
    await web.screenshot(page, 'authoring-courses-phone');

    await page.goto(courseUrl);
    await page.getByRole('heading', { name: 'Komunikacja z cudzoziemcem', level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Historia wersji' }).getByRole('link', { name: 'Wersja 2' }).waitFor();
    // The three languages stack on a phone: each below the one before.
    const boxes = await Promise.all(['title-pl', 'title-en', 'title-uk'].map((id) => page.locator(`#${id}`).boundingBox()));
    expect(boxes[1]!.y).toBeGreaterThan(boxes[0]!.y);
    expect(boxes[2]!.y).toBeGreaterThan(boxes[1]!.y);
    await expectAccessible(page);
    await noSideways(page);
    await web.screenshot(page, 'authoring-course-phone');

    await page.goto(`${courseUrl}/modules/${ids.lesson}`);
    await page.getByRole('region', { name: 'Podgląd lekcji — polski' }).getByRole('heading', { name: 'Zasady rozmowy' }).waitFor();
    await expectAccessible(page);
    await noSideways(page);
    await web.screenshot(page, 'authoring-lesson-phone');

    await page.goto(`${courseUrl}/modules/${ids.quiz}`);
    await page.getByRole('heading', { name: 'Test: Sprawdzian' }).waitFor();
    await page.getByLabel('Liczba pytań').waitFor();
    await expectAccessible(page);
    await noSideways(page);
    await web.screenshot(page, 'authoring-quiz-settings-phone');

    // At desktop width the languages stand side by side; the list shows the course's state.
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.goto(courseUrl);
    await page.getByRole('heading', { name: 'Komunikacja z cudzoziemcem', level: 1 }).waitFor();
    const wide = await Promise.all(['title-pl', 'title-en'].map((id) => page.locator(`#${id}`).boundingBox()));
    expect(wide[1]!.x).toBeGreaterThan(wide[0]!.x);
    expect(Math.abs(wide[1]!.y - wide[0]!.y)).toBeLessThan(2);
    await page.goto(`${web.baseUrl}/authoring/courses`);
    const row = page.getByRole('row', { name: /Komunikacja z cudzoziemcem/ });
    await row.getByText('Opublikowany, wersja 2', { exact: true }).waitFor();
    await expectAccessible(page);
    await web.screenshot(page, 'authoring-courses-desktop');
    await context.close();
  }, 60_000);
});
