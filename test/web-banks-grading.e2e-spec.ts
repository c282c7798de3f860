import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { seriousAccessibilityViolations } from './support/accessibility';
import { rightAnswer, ShownQuestion } from './support/answers';
import { enroll, publishCourse, waitForGrading } from './support/courses';
import { VALID_QUESTIONS } from './support/questions';
import { bearer } from './support/test-app';
import { WebTest } from './support/web';
import { createInstitutionWithPeople, PASSWORD, Person } from './support/world';

const GIFT_FIXTURE = join(__dirname, 'fixtures', 'gift', 'skipped-and-rejected.gift.txt');
const ESSAY_ANSWER = '<b>Moja refleksja</b> <img src=x onerror="window.__pwned=1">\nTłumacz był członkiem rodziny.';

/** A trainer's question banks and grading in the browser, on the real API and worker. */
describe('web app: question banks and grading (trainer)', () => {
  let web: WebTest;
  let admin: string;
  let world: Awaited<ReturnType<typeof createInstitutionWithPeople>>;
  let otherTrainer: Person;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    web = await WebTest.start({ worker: true });
    admin = await web.t.adminToken();
    world = await createInstitutionWithPeople(web.t, admin, 'BNK');
    otherTrainer = (await createInstitutionWithPeople(web.t, admin, 'BNO')).trainer;
  }, 90_000);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await web?.close();
  });

  async function trainerPage(email: string, viewport: 'phone' | 'desktop' = 'desktop'): Promise<Page> {
    const context = await web.context({ viewport });
    contexts.push(context);
    const page = await context.newPage();
    await web.signIn(page, email);
    return page;
  }

  async function accessible(page: Page): Promise<void> {
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  }

  async function fitsWidth(page: Page): Promise<void> {
    const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
    expect(scroll).toBeLessThanOrEqual(width);
  }

  const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });
  const preview = (page: Page) => page.getByRole('region', { name: 'Podgląd: tak zobaczy to funkcjonariusz' });

  async function newQuestion(page: Page, typeLabel: string): Promise<void> {
    await page.getByLabel('Typ nowego pytania').selectOption({ label: typeLabel });
    await page.getByRole('button', { name: 'Dodaj pytanie' }).click();
    await heading(page, `Nowe pytanie: ${typeLabel}`).waitFor();
  }

  async function save(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Zapisz pytanie' }).click();
    await page.getByRole('status').filter({ hasText: 'Zapisano pytanie.' }).waitFor();
    // A new question, once created, opens at its own address.
    await page.waitForURL(/\/questions\/[0-9a-f-]+$/);
  }

  const fillIn = (scope: Locator | Page, label: string, value: string) => scope.getByLabel(label, { exact: true }).fill(value);

  describe('question banks', () => {
    let page: Page;
    let bankUrl: string;

    beforeAll(async () => {
      page = await trainerPage(world.trainer.email);
    });

    it('a trainer creates a bank and adds a single-choice question: weights in percent, the rule, the API refusal at its field, tags, the preview', async () => {
      await page.getByRole('link', { name: 'Banki pytań' }).click();
      await heading(page, 'Banki pytań').waitFor();
      await page.getByText('Nie ma jeszcze żadnego banku pytań.').waitFor();
      await accessible(page);
      await page.getByLabel('Nazwa nowego banku').fill('Prawa cudzoziemców');
      await page.getByRole('button', { name: 'Utwórz bank' }).click();
      await heading(page, 'Prawa cudzoziemców').waitFor();
      bankUrl = page.url();
      await page.getByText('Ten bank nie ma jeszcze pytań.').waitFor();
      await accessible(page);

      await newQuestion(page, 'Jednokrotny wybór');
      await fillIn(page, 'Treść pytania (polski)', 'Jaki jest europejski numer alarmowy?');
      await page.getByText('Tłumaczenia: Treść pytania').click();
      await fillIn(page, 'Treść pytania (angielski)', 'What is the European emergency number?');
      await fillIn(page, 'Punkty za pełną odpowiedź', '2');
      const options = page.getByRole('group', { name: 'Opcje odpowiedzi' });
      const option = (n: number) => options.getByRole('group', { name: `Opcja ${n}`, exact: true });
      await fillIn(option(1), 'Tekst (polski)', '112');
      await fillIn(option(2), 'Tekst (polski)', '997');
      await fillIn(option(3), 'Tekst (polski)', '911');
      await fillIn(option(2), 'Waga (% punktów)', '100');
      await fillIn(option(3), 'Waga (% punktów)', '-50');
      await option(3).getByText('= -1 pkt').waitFor();
      await options.getByText('Opcje z wagą 100%: 2 (potrzebna dokładnie jedna).').waitFor();
      await options.getByText('Jeszcze niezgodne z zasadą — API odrzuci zapis.').waitFor();

      // Saved as it is, the API refuses it; its words stand at the options.
      await page.getByRole('button', { name: 'Zapisz pytanie' }).click();
      await options.getByText(/exactly one option must be worth 100%/).waitFor();
      await page.getByRole('alert').filter({ hasText: 'Pytanie nie zostało zapisane' }).waitFor();

      await fillIn(option(2), 'Waga (% punktów)', '0');
      await options.getByText('Zgodne z zasadą.').waitFor();
      await page.getByLabel('Tagi kompetencji').fill('Bezpieczeństwo publiczne');
      await page.getByRole('button', { name: 'Dodaj tag' }).click();
      await page.getByRole('button', { name: 'Usuń tag bezpieczenstwo-publiczne' }).waitFor();

      const shown = preview(page);
      await shown.getByText('Jaki jest europejski numer alarmowy?').waitFor();
      await shown.getByRole('radio', { name: '911' }).check();
      expect(await shown.getByText('-50').count()).toBe(0);
      await shown.getByLabel('Język podglądu').selectOption('en');
      await shown.getByText('What is the European emergency number?').waitFor();
      await save(page);
      await heading(page, 'Edycja pytania: Jednokrotny wybór').waitFor();
      expect(page.url()).toMatch(/\/banks\/[0-9a-f-]+\/questions\/[0-9a-f-]+$/);
      await page.getByRole('status').filter({ hasText: 'Zapisano pytanie.' }).waitFor();
      await accessible(page);
      await web.screenshot(page, 'banks-question-editor-desktop');
    });

    it('a numerical question with a tolerance, a matching question with a distractor and an essay, through their forms', async () => {
      await page.goto(bankUrl);
      await newQuestion(page, 'Liczbowe');
      await fillIn(page, 'Treść pytania (polski)', 'Ile dni ma cudzoziemiec na dobrowolny wyjazd?');
      const answers = page.getByRole('group', { name: 'Akceptowane odpowiedzi' });
      await fillIn(answers, 'Wartość', '30');
      await fillIn(answers, 'Tolerancja (±)', '2');
      await answers.getByText('Akceptowane od 28 do 32').waitFor();
      await answers.getByText('Odpowiedzi z wagą 100%: 1.').waitFor();
      await preview(page).getByLabel('Twoja odpowiedź (liczba)').fill('29');
      await accessible(page);
      await save(page);

      await page.goto(bankUrl);
      await newQuestion(page, 'Dopasowanie');
      await fillIn(page, 'Treść pytania (polski)', 'Dopasuj instytucję do zadania.');
      await fillIn(page, 'Punkty za pełną odpowiedź', '3');
      const pairs = [
        ['Straż Graniczna', 'przyjmuje wniosek o ochronę'],
        ['Wojewoda', 'udziela zezwolenia na pobyt'],
        ['MOPS', 'udziela pomocy społecznej'],
      ];
      for (const [i, [left, right]] of pairs.entries()) {
        const pair = page.getByRole('group', { name: `Para ${i + 1}`, exact: true });
        await fillIn(pair, 'Lewa strona (polski)', left);
        await fillIn(pair, 'Prawa strona (pasująca) (polski)', right);
      }
      await page.getByText('Za każdą parę: 1 pkt (potrzebne co najmniej 2 pary).').waitFor();
      await page.getByRole('button', { name: 'Dodaj dystraktor' }).click();
      await fillIn(page, 'Dystraktor 1 (polski)', 'wydaje prawo jazdy');
      const choice = preview(page).getByLabel('Wojewoda');
      expect(await choice.locator('option').allTextContents()).toEqual(expect.arrayContaining(['wydaje prawo jazdy', 'udziela zezwolenia na pobyt']));
      await choice.selectOption({ label: 'udziela zezwolenia na pobyt' });
      await save(page);

      await page.goto(bankUrl);
      await newQuestion(page, 'Esej (oceniany ręcznie)');
      await fillIn(page, 'Treść pytania (polski)', 'Opisz interwencję z udziałem tłumacza.');
      await fillIn(page, 'Wskazówki dla oceniającego (funkcjonariusz ich nie widzi) (polski)', 'Oceniaj refleksję nad rolą tłumacza.');
      await page.getByLabel('Tagi kompetencji').fill('bezpieczenstwo-publiczne');
      await page.getByLabel('Tagi kompetencji').press('Enter');
      await preview(page).getByLabel('Twoja wypowiedź').waitFor();
      expect(await preview(page).getByText('Oceniaj refleksję').count()).toBe(0);
      await save(page);

      await page.goto(bankUrl);
      const rows = page.getByRole('table').locator('tbody tr');
      await rows.nth(3).waitFor();
      expect(await rows.locator('td:first-child').allTextContents()).toEqual(['Jednokrotny wybór', 'Liczbowe', 'Dopasowanie', 'Esej (oceniany ręcznie)']);
      await page.getByLabel('Filtruj po typie').selectOption({ label: 'Liczbowe' });
      await page.getByRole('caption').filter({ hasText: 'Pytania: 1 z 1' }).waitFor();
      await page.getByLabel('Filtruj po typie').selectOption({ label: 'Wszystkie typy' });
      await page.getByLabel('Filtruj po tagu').selectOption('bezpieczenstwo-publiczne');
      await page.getByRole('caption').filter({ hasText: 'Pytania: 2 z 2' }).waitFor();
      expect(await rows.locator('td:nth-child(2)').allTextContents()).toEqual(['Jaki jest europejski numer alarmowy?', 'Opisz interwencję z udziałem tłumacza.']);
      await accessible(page);
      await page.goto(`${web.baseUrl}/banks`);
      await page.getByRole('row', { name: /Prawa cudzoziemców 4/ }).waitFor();
      await web.screenshot(page, 'banks-list-desktop');
    });

    it('imports a GIFT file and shows the report, skipped questions with their line and reason; exports Moodle XML', async () => {
      await page.goto(bankUrl);
      await page.getByRole('link', { name: 'Importuj plik (Moodle XML, GIFT)' }).click();
      await heading(page, 'Import do banku „Prawa cudzoziemców”').waitFor();
      await page.getByLabel('Plik z pytaniami').setInputFiles(GIFT_FIXTURE);
      await page.getByLabel('Format').getByRole('option', { name: 'Według nazwy pliku (GIFT)' }).waitFor({ state: 'attached' });
      await page.getByRole('button', { name: 'Importuj', exact: true }).click();
      await page.getByText('Zaimportowano: 2, pominięto: 12.').waitFor();
      const report = page.getByRole('table', { name: /Pytania z pliku/ });
      await report.getByRole('row', { name: /Wiersz 13 Pominięte a "}" without a matching "{"/ }).waitFor();
      await report.getByRole('row', { name: /Wiersz 32 Pominięte options: exactly one option must be worth 100%/ }).waitFor();
      expect(await report.getByRole('link', { name: 'Zaimportowane' }).count()).toBe(2);
      await accessible(page);
      await web.screenshot(page, 'banks-import-report-desktop');

      await page.getByRole('link', { name: '← Wróć do banku' }).click();
      await page.getByRole('caption').filter({ hasText: 'Pytania: 6 z 6' }).waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Eksportuj do Moodle XML' }).click()]);
      expect(download.suggestedFilename()).toBe('Prawa_cudzoziemców.xml');
      const xml = readFileSync((await download.path())!, 'utf8');
      expect(xml.startsWith('<?xml')).toBe(true);
      expect(xml).toContain('Jaki jest europejski numer alarmowy?');
      expect(xml).toMatch(/type="matching"/);
    });

    it('editing a stored question shows its values, and a change is saved', async () => {
      await page.goto(bankUrl);
      await page.getByRole('link', { name: 'Ile dni ma cudzoziemiec na dobrowolny wyjazd?' }).click();
      await heading(page, 'Edycja pytania: Liczbowe').waitFor();
      const answers = page.getByRole('group', { name: 'Akceptowane odpowiedzi' });
      expect(await answers.getByLabel('Tolerancja (±)').inputValue()).toBe('2');
      await fillIn(answers, 'Tolerancja (±)', '1');
      await save(page);
      const id = page.url().split('/').pop()!;
      const stored = await web.t.http.get(`/api/v1/questions/${id}`).set(bearer(world.trainer.token)).expect(200);
      expect(stored.body).toMatchObject({ version: 2, answers: [{ value: 30, tolerance: 1, weight: 1 }] });
      // What the form left empty is not stored as empty values.
      expect(stored.body).not.toHaveProperty('name');
      expect(stored.body).not.toHaveProperty('feedback');
    });

    it('the other types save through their forms too: multiple choice, true/false, short answer, ordering, scenario', async () => {
      const saved = async () => {
        await save(page);
        const id = page.url().split('/').pop()!;
        return (await web.t.http.get(`/api/v1/questions/${id}`).set(bearer(world.trainer.token)).expect(200)).body;
      };
      const group = (name: string) => page.getByRole('group', { name, exact: true });

      await page.goto(bankUrl);
      await newQuestion(page, 'Wielokrotny wybór');
      await fillIn(page, 'Treść pytania (polski)', 'Które dokumenty potwierdzają legalny pobyt?');
      for (const [n, text] of ['Karta pobytu', 'Wiza krajowa', 'Bilet lotniczy'].entries()) await fillIn(group(`Opcja ${n + 1}`), 'Tekst (polski)', text);
      await page.getByText('Suma dodatnich wag: 100%.').waitFor();
      await accessible(page);
      expect(await saved()).toMatchObject({ type: 'multiple_choice', options: [{ weight: 0.5 }, { weight: 0.5 }, { weight: -1 }] });

      await page.goto(bankUrl);
      await newQuestion(page, 'Prawda/fałsz');
      await fillIn(page, 'Treść pytania (polski)', 'Dziecko może tłumaczyć rodzicom w urzędzie.');
      await group('Poprawna odpowiedź').getByLabel('Fałsz').check();
      await accessible(page);
      expect(await saved()).toMatchObject({ type: 'true_false', correct: false });

      await page.goto(bankUrl);
      await newQuestion(page, 'Krótka odpowiedź');
      await fillIn(page, 'Treść pytania (polski)', 'Skrót nazwy ośrodka pomocy społecznej?');
      await fillIn(group('Odpowiedź 1'), 'Tekst', 'MOPS');
      await page.getByLabel('Rozróżniaj wielkość liter').check();
      await page.getByText('Wielkość liter ma znaczenie: „MOPS” i „mops” to różne odpowiedzi.').waitFor();
      await accessible(page);
      expect(await saved()).toMatchObject({ type: 'short_answer', caseSensitive: true, answers: [{ text: 'MOPS', weight: 1 }] });

      await page.goto(bankUrl);
      await newQuestion(page, 'Kolejność');
      await fillIn(page, 'Treść pytania (polski)', 'Ułóż kroki pracy z tłumaczem.');
      for (const [n, text] of ['Podsumowanie', 'Odprawa z tłumaczem', 'Rozmowa'].entries()) await fillIn(page, `Element ${n + 1} (polski)`, text);
      await page.getByRole('button', { name: 'Przesuń element 1 w dół' }).click();
      await page.getByText('Za każdy element: 0,333 pkt (potrzebne co najmniej 2 elementy).').waitFor();
      await accessible(page);
      expect(await saved()).toMatchObject({ type: 'ordering', items: [{ pl: 'Odprawa z tłumaczem' }, { pl: 'Podsumowanie' }, { pl: 'Rozmowa' }] });

      await page.goto(bankUrl);
      await newQuestion(page, 'Scenariusz (sytuacja)');
      await fillIn(page, 'Opis sytuacji (polski)', 'Mąż zgłaszającej chce tłumaczyć jej wypowiedzi.');
      await fillIn(page, 'Treść pytania (polski)', 'Co robisz?');
      for (const [n, text] of ['Wzywam tłumacza.', 'Korzystam z aplikacji.', 'Pozwalam mężowi tłumaczyć.'].entries()) await fillIn(group(`Reakcja ${n + 1}`), 'Tekst (polski)', text);
      await fillIn(group('Reakcja 2'), 'Waga (% punktów)', '50');
      await fillIn(group('Reakcja 3'), 'Waga (% punktów)', '-100');
      await preview(page).getByText('Mąż zgłaszającej chce tłumaczyć jej wypowiedzi.').waitFor();
      await accessible(page);
      expect(await saved()).toMatchObject({ type: 'scenario', situation: { pl: 'Mąż zgłaszającej chce tłumaczyć jej wypowiedzi.' }, options: [{ weight: 1 }, { weight: 0.5 }, { weight: -1 }] });
    });

    it('at phone width: the list, the editor and the import report fit the screen, without serious accessibility faults', async () => {
      const phone = await trainerPage(world.trainer.email, 'phone');
      await phone.goto(`${web.baseUrl}/banks`);
      await heading(phone, 'Banki pytań').waitFor();
      await phone.getByRole('link', { name: 'Prawa cudzoziemców' }).waitFor();
      await fitsWidth(phone);
      await accessible(phone);
      await web.screenshot(phone, 'banks-list-phone');

      await phone.goto(bankUrl);
      await newQuestion(phone, 'Scenariusz (sytuacja)');
      await fillIn(phone, 'Opis sytuacji (polski)', 'Mąż zgłaszającej chce tłumaczyć jej wypowiedzi podczas interwencji.');
      await fillIn(phone, 'Treść pytania (polski)', 'Co robisz?');
      await fitsWidth(phone);
      await accessible(phone);
      await web.screenshot(phone, 'banks-question-editor-phone');

      await phone.goto(`${bankUrl}/import`);
      await phone.getByLabel('Plik z pytaniami').setInputFiles(GIFT_FIXTURE);
      await phone.getByRole('button', { name: 'Importuj', exact: true }).click();
      await phone.getByText('Zaimportowano: 2, pominięto: 12.').waitFor();
      await fitsWidth(phone);
      await accessible(phone);
      await web.screenshot(phone, 'banks-import-report-phone');
    });
  });

  describe('grading', () => {
    let course: Awaited<ReturnType<typeof publishCourse>>;
    const attempts: string[] = [];

    /** An officer of the trainer's course answers the quiz (a true/false and an essay) through the API. */
    async function officerAnswers(officer: { id: string; token: string }, essay: string): Promise<string> {
      const [enrollmentId] = await enroll(web.t, admin, course.courseId, [officer.id]);
      const started = await web.t.http.post(`/api/v1/enrollments/${enrollmentId}/modules/${course.quizModuleId}/attempts`).set(bearer(officer.token)).expect(201);
      const answers = (started.body.questions as ShownQuestion[]).map((q, i) =>
        q.type === 'essay' ? { questionId: q.id, text: essay } : rightAnswer(q, [VALID_QUESTIONS.true_false, VALID_QUESTIONS.essay][i] as never),
      );
      await web.t.http.post(`/api/v1/attempts/${started.body.id}/submit`).set(bearer(officer.token)).send({ answers }).expect(202);
      expect(await waitForGrading(web.t, officer.token, started.body.id)).toMatchObject({ status: 'needs_review' });
      return started.body.id;
    }

    beforeAll(async () => {
      course = await publishCourse(web.t, world.trainer.token, {
        title: 'Praca z tłumaczem',
        lessons: 0,
        questions: [VALID_QUESTIONS.true_false, VALID_QUESTIONS.essay],
        quiz: { passMarkPercent: 50, reviewPolicy: 'score' },
      });
      const second = await web.t.http
        .post('/api/v1/users')
        .set(bearer(admin))
        .send({ email: 'drugi.bnk@mosty.test', fullName: 'Drugi Funkcjonariusz', role: 'officer', password: PASSWORD, institutionId: world.id })
        .expect(201);
      attempts.push(await officerAnswers(world.officer, ESSAY_ANSWER));
      attempts.push(await officerAnswers({ id: second.body.id, token: (await web.t.login('drugi.bnk@mosty.test', PASSWORD)).accessToken }, 'Druga odpowiedź.'));
    }, 60_000);

    it('a trainer of another course does not see the essays', async () => {
      const page = await trainerPage(otherTrainer.email);
      await page.getByRole('link', { name: 'Ocenianie' }).click();
      await heading(page, 'Ocenianie').waitFor();
      await page.getByText('Żadna odpowiedź nie czeka na ocenę.').waitFor();
      await page.getByText('Nie jesteś autorem żadnego kursu.').waitFor();
      expect(await page.getByText('Moja refleksja').count()).toBe(0);
      await accessible(page);
      // Nor the course's results, by address.
      await page.goto(`${web.baseUrl}/grading/courses/${course.courseId}`);
      await page.getByRole('alert').filter({ hasText: 'Nie znaleziono' }).waitFor();
    });

    it("the author grades the essays in the queue: the answer as plain text, points up to the maximum, next and previous; the officer's result is updated", async () => {
      const phone = await trainerPage(world.trainer.email, 'phone');
      await phone.goto(`${web.baseUrl}/grading`);
      await phone.getByText('Odpowiedź 1 z 2').waitFor();
      await fitsWidth(phone);
      await accessible(phone);
      await web.screenshot(phone, 'grading-queue-phone');

      const page = await trainerPage(world.trainer.email);
      await page.getByRole('link', { name: 'Ocenianie' }).click();
      await heading(page, 'Ocenianie').waitFor();
      await page.getByText('Odpowiedź 1 z 2').waitFor();
      await page.getByRole('heading', { name: VALID_QUESTIONS.essay.prompt.pl }).waitFor();
      await page.getByText('Oceniaj refleksję, nie styl.').waitFor();
      // Whose answer, in which course and version.
      await page.getByText('Funkcjonariusz: funkcjonariusz BNK').waitFor();
      await page.getByText(/^Praca z tłumaczem \(wersja 1\) · Oddano /).waitFor();
      // The officer's words are shown as they were typed, markup and all, and nothing in them runs.
      const response = page.locator('.response');
      expect(await response.textContent()).toBe(ESSAY_ANSWER);
      expect(await response.locator('b, img').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      await accessible(page);
      await web.screenshot(page, 'grading-queue-desktop');

      await page.getByRole('button', { name: 'Następna →' }).click();
      await page.getByText('Odpowiedź 2 z 2').waitFor();
      await page.locator('.response').filter({ hasText: 'Druga odpowiedź.' }).waitFor();
      await page.getByText('Funkcjonariusz: Drugi Funkcjonariusz').waitFor();
      await page.getByRole('button', { name: '← Poprzednia' }).click();
      await page.getByText('Odpowiedź 1 z 2').waitFor();

      await page.getByLabel('Punkty (od 0 do 5)').fill('7');
      await page.getByRole('button', { name: 'Zapisz ocenę' }).click();
      await page.getByText('Wpisz liczbę od 0 do 5 (najwyżej 4 miejsca po przecinku).').waitFor();
      await page.getByLabel('Punkty (od 0 do 5)').fill('4,5');
      await page.getByLabel('Komentarz dla funkcjonariusza (opcjonalny)').fill('Dobra refleksja.');
      await page.getByRole('button', { name: 'Zapisz ocenę' }).click();
      await page.getByRole('status').filter({ hasText: 'Zapisano ocenę. Próba oceniona: 5,5 z 6 pkt.' }).waitFor();
      await page.getByText('Odpowiedź 1 z 1').waitFor();
      await page.locator('.response').filter({ hasText: 'Druga odpowiedź.' }).waitFor();

      const result = await web.t.http.get(`/api/v1/attempts/${attempts[0]}`).set(bearer(world.officer.token)).expect(200);
      expect(result.body).toMatchObject({ status: 'graded', score: 5.5, maxScore: 6, passed: true });
    });

    it("the course's results: attempts, the score distribution as a chart and a table, the hardest questions", async () => {
      const page = await trainerPage(world.trainer.email);
      await page.goto(`${web.baseUrl}/grading`);
      await page.getByRole('row', { name: 'Praca z tłumaczem 2 1' }).waitFor();
      await page.getByRole('link', { name: 'Praca z tłumaczem' }).click();
      await heading(page, 'Wyniki: Praca z tłumaczem').waitFor();
      await page.getByRole('img', { name: 'Liczba ocenionych prób w przedziale wyniku' }).waitFor();
      const distribution = page.getByRole('table', { name: /Ocenione próby według wyniku/ });
      await distribution.getByRole('row', { name: '90–100 % 1' }).waitFor();
      await distribution.getByRole('row', { name: '0–10 % 0' }).waitFor();
      const hardest = page.getByRole('table').last();
      await hardest.getByRole('row', { name: new RegExp(VALID_QUESTIONS.essay.prompt.pl) }).waitFor();
      // The chart's drawing is made: chart.js came as a chunk of its own, after the page.
      await page.waitForFunction(() => (document.querySelector('canvas') as HTMLCanvasElement | null)?.width ?? 0 > 0);
      await accessible(page);
      await fitsWidth(page);
    });
  });
});
