import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { publishLessonCourse } from './support/lesson-courses';
import { bearer } from './support/test-app';
import { expectAccessible } from './support/accessibility';
import { tableRows, WebTest } from './support/web';
import { createInstitutionWithPeople } from './support/world';

/** A date input's value `days` from today. */
const dayFromNow = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/**
 * The training coordinator's pages against the real API and worker: the dashboard's
 * figures follow what officers do; a roster, an assignment, an export and a person's
 * account go through the pages as a coordinator would use them.
 */
describe('web app: the training coordinator', () => {
  let web: WebTest;
  let a: Awaited<ReturnType<typeof createInstitutionWithPeople>>;
  let b: Awaited<ReturnType<typeof createInstitutionWithPeople>>;
  let course: { courseId: string; lessonIds: string[] };
  let secondCourse: { courseId: string };
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    web = await WebTest.start({ worker: true });
    const admin = await web.t.adminToken();
    a = await createInstitutionWithPeople(web.t, admin, 'WCO');
    b = await createInstitutionWithPeople(web.t, admin, 'WCX');
    course = await publishLessonCourse(web.t, a.trainer.token, { title: 'Komunikacja międzykulturowa', lessons: 1 });
    secondCourse = await publishLessonCourse(web.t, a.trainer.token, { title: 'Prawa człowieka', lessons: 1 });
    context = await web.context();
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
  }, 90_000);
  afterAll(async () => {
    await context?.close();
    await web?.close();
  });
  afterEach(() => expect(errors).toEqual([]));

  it('signs in and lands on the dashboard, with nothing assigned yet', async () => {
    await web.signIn(page, a.coordinator.email);
    await page.getByRole('heading', { name: 'Pulpit koordynatora', level: 1 }).waitFor();
    expect(page.url()).toBe(`${web.baseUrl}/dashboard`);
    const nav = page.getByRole('navigation', { name: 'Nawigacja główna' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Pulpit', 'Osoby', 'Jednostki', 'Przydziel kurs', 'Eksporty', 'Moje szkolenia', 'Zaświadczenia', 'Powiadomienia']);
    await page.getByText('Nie przydzielono jeszcze żadnych kursów.').first().waitFor();
    await page.getByText('Nikt nie jest po terminie.').waitFor();
    await expectAccessible(page);
  });

  it('uploads a roster with one bad line and sees that line in the error table', async () => {
    await page.getByRole('link', { name: 'Osoby', exact: true }).click();
    await page.getByRole('link', { name: 'Wczytaj listę (CSV)' }).click();
    await page.getByRole('heading', { name: 'Wczytaj listę osób', level: 1 }).waitFor();
    const csv = ['email;fullName;unitCode;role', 'anna.nowak@wco.example;Anna Nowak;WCO-U1;officer', 'to-nie-e-mail;Jan Kowalski;WCO-U1;officer', 'lukasz.zolc@wco.example;Łukasz Żółć;;officer', ''].join('\n');
    await page.getByLabel('Plik CSV').setInputFiles({ name: 'lista.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Wczytaj', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Utworzono: 2, zaktualizowano: 0, bez zmian: 0, odrzucono wierszy: 1.' }).waitFor();
    expect(await tableRows(page, 'Odrzucone wiersze')).toEqual([['3', 'email', 'to-nie-e-mail', 'email is not a valid e-mail address']]);
    await expectAccessible(page);
    await web.screenshot(page, 'coordinator-import-desktop');
  });

  it('assigns a course to a unit with a due date, and the dashboard counts it', async () => {
    await page.getByRole('link', { name: 'Przydziel kurs' }).click();
    await page.getByRole('heading', { name: 'Przydziel kurs', level: 1 }).waitFor();
    await page.getByLabel('Kurs', { exact: true }).selectOption({ label: 'Komunikacja międzykulturowa' });
    await page.getByRole('radio', { name: 'Jednostce' }).check();
    await page.getByLabel('Jednostka', { exact: true }).selectOption({ label: 'Jednostka WCO' });
    await page.getByLabel('Termin ukończenia').fill(dayFromNow(14));
    await page.getByRole('button', { name: 'Przydziel', exact: true }).click();
    // The unit's officers: the world's one and Anna Nowak from the roster (Łukasz Żółć has no unit).
    await page.getByRole('status').filter({ hasText: 'Przydzielono kurs. Nowe zapisy: 2.' }).waitFor();
    expect(await tableRows(page, 'Dotychczasowe przydziały')).toEqual([['Komunikacja międzykulturowa', 'Jednostka WCO', expect.any(String), expect.any(String)]]);
    await expectAccessible(page);
    await web.screenshot(page, 'coordinator-assign-desktop');

    await page.getByRole('link', { name: 'Pulpit' }).click();
    expect(await tableRows(page, 'Ukończenie według jednostek')).toEqual([['Jednostka WCO', '2', '0', '0', '2', '0', '0', '0%']]);
    expect(await tableRows(page, 'Ukończenie według kursów')).toEqual([['Komunikacja międzykulturowa', '2', '0', '0', '2', '0', '0', '0%']]);
  });

  it("shows the officer's completion in the dashboard's chart table once they finish the course", async () => {
    const officer = a.officer.token;
    const { items } = (await web.t.http.get(`/api/v1/enrollments?courseId=${course.courseId}`).set(bearer(officer)).expect(200)).body;
    const lesson = course.lessonIds[0];
    await web.t.http.get(`/api/v1/enrollments/${items[0].id}/modules/${lesson}`).set(bearer(officer)).expect(200);
    await web.t.http.post(`/api/v1/enrollments/${items[0].id}/modules/${lesson}/complete`).set(bearer(officer)).expect(200);

    await page.reload();
    await page.getByRole('heading', { name: 'Pulpit koordynatora', level: 1 }).waitFor();
    expect(await tableRows(page, 'Ukończenie według jednostek')).toEqual([['Jednostka WCO', '2', '1', '0', '1', '0', '0', '50%']]);
    expect(await tableRows(page, 'Ukończenie według kursów')).toEqual([['Komunikacja międzykulturowa', '2', '1', '0', '1', '0', '0', '50%']]);
    // The chart beside each table, drawn by the lazily loaded chart.js.
    await page.getByRole('img', { name: /Wykres: Ukończenie według jednostek/ }).waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('canvas')].every((c) => c.width > 0));
    await expectAccessible(page);
    await web.screenshot(page, 'coordinator-dashboard-desktop');
  });

  it('assigns a course to people picked by a search, after the API refused a form without a course', async () => {
    await page.getByRole('link', { name: 'Przydziel kurs' }).click();
    await page.getByRole('heading', { name: 'Przydziel kurs', level: 1 }).waitFor();
    await page.getByRole('radio', { name: 'Wybranym osobom' }).check();
    await page.getByLabel('Szukaj osób').fill('Żółć');
    await page.getByRole('checkbox', { name: /Łukasz Żółć/ }).check();
    await page.getByRole('status').filter({ hasText: 'Wybrano: 1' }).waitFor();
    await page.getByRole('button', { name: 'Przydziel', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Popraw zaznaczone pola.' }).waitFor();
    expect(await page.getByLabel('Kurs', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await page.getByText('courseId must be a UUID').waitFor();
    await expectAccessible(page);

    await page.getByLabel('Kurs', { exact: true }).selectOption({ label: 'Prawa człowieka' });
    await page.getByRole('button', { name: 'Przydziel', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Przydzielono kurs. Nowe zapisy: 1.' }).waitFor();
    const rows = await tableRows(page, 'Dotychczasowe przydziały');
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['Prawa człowieka', 'Wybrane osoby: 1'],
      ['Komunikacja międzykulturowa', 'Jednostka WCO'],
    ]);
    const [enrolled] = await web.t.dataSource.query(`SELECT u.full_name FROM enrollment e JOIN "user" u ON u.id = e.user_id WHERE e.course_id = $1`, [secondCourse.courseId]);
    expect(enrolled.full_name).toBe('Łukasz Żółć');
  });

  it('starts a CSV export, follows it until ready, and downloads it', async () => {
    await page.getByRole('link', { name: 'Eksporty' }).click();
    await page.getByRole('heading', { name: 'Eksporty', level: 1 }).waitFor();
    await page.getByText('W tej karcie nie rozpoczęto jeszcze eksportu.').waitFor();
    await page.getByLabel('Zawartość').selectOption('completion');
    await page.getByLabel('Format').selectOption('csv');
    await page.getByRole('button', { name: 'Rozpocznij eksport' }).click();
    const card = page.getByRole('listitem').filter({ hasText: 'Ukończenie (każdy zapis) · CSV' });
    await card.getByRole('status').filter({ hasText: 'Gotowy · wiersze: 3' }).waitFor({ timeout: 20_000 });
    await expectAccessible(page);
    await web.screenshot(page, 'coordinator-exports-desktop');

    const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Pobierz' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^completion-WCO-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(lines[0]).toBe('Funkcjonariusz,E-mail,Jednostka,Kurs,Status,Przydzielono,Termin,Ukończono,Najlepszy wynik (%)');
    expect(lines.filter((l) => l.includes('Komunikacja międzykulturowa'))).toHaveLength(2);
  });

  it('adds a person (the API’s refusals shown next to the fields), then deactivates them after a confirmation', async () => {
    await page.getByRole('link', { name: 'Osoby', exact: true }).click();
    await page.getByRole('heading', { name: 'Osoby', level: 1 }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Znaleziono:' }).waitFor();
    await expectAccessible(page);
    await web.screenshot(page, 'coordinator-people-desktop');

    await page.getByRole('link', { name: 'Dodaj osobę' }).click();
    await page.getByRole('heading', { name: 'Dodaj osobę', level: 1 }).waitFor();
    await page.getByLabel('Imię i nazwisko').fill('Oksana Melnyk');
    await page.getByLabel('E-mail').fill('oksana.melnyk@wco.example');
    await page.getByLabel('Hasło początkowe').fill('krótkie');
    await page.getByRole('button', { name: 'Dodaj', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Popraw zaznaczone pola.' }).waitFor();
    const password = page.getByLabel('Hasło początkowe');
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    await page.getByText(/password must be longer than or equal to 10 characters/).waitFor();
    await expectAccessible(page);

    await password.fill('dlugie-haslo-123');
    await page.getByLabel('Jednostka').selectOption({ label: 'Jednostka WCO' });
    await page.getByRole('button', { name: 'Dodaj', exact: true }).click();
    await page.getByRole('heading', { name: 'Oksana Melnyk', level: 1 }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Dodano osobę.' }).waitFor();
    // The unit's standing assignment enrolled her at once.
    await page.getByRole('table', { name: 'Szkolenia' }).getByText('Komunikacja międzykulturowa').waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Dezaktywuj konto' }).click();
    await page.getByText('Dezaktywować konto: Oksana Melnyk?', { exact: false }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Tak, dezaktywuj');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Tak, dezaktywuj' }).click();
    await page.getByRole('status').filter({ hasText: 'Konto zostało dezaktywowane.' }).waitFor();
    await page.getByRole('button', { name: 'Przywróć konto' }).waitFor();
    const [row] = await web.t.dataSource.query(`SELECT active FROM "user" WHERE email = 'oksana.melnyk@wco.example'`);
    expect(row.active).toBe(false);

    await page.getByRole('link', { name: 'Wróć do listy osób' }).click();
    await page.getByLabel('Szukaj (imię, nazwisko lub e-mail)').fill('Melnyk');
    await page.getByRole('button', { name: 'Szukaj', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Znaleziono: 0' }).waitFor();
    await page.getByLabel('Stan konta').selectOption('false');
    await page.getByRole('status').filter({ hasText: 'Znaleziono: 1' }).waitFor();
    expect(await tableRows(page, 'Osoby')).toEqual([['Oksana Melnyk', 'oksana.melnyk@wco.example', 'Jednostka WCO', 'Funkcjonariusz / pracownik', 'Nieaktywne']]);
  });

  it('lists, adds and renames units', async () => {
    await page.getByRole('link', { name: 'Jednostki' }).click();
    await page.getByRole('heading', { name: 'Jednostki', level: 1 }).waitFor();
    await page.getByLabel('Nazwa').fill('Komisariat Nowa Huta');
    await page.getByLabel('Kod').fill('WCO-U2');
    await page.getByRole('button', { name: 'Dodaj', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Dodano jednostkę: Komisariat Nowa Huta.' }).waitFor();
    await page.getByRole('button', { name: 'Zmień jednostkę: Komisariat Nowa Huta' }).click();
    const edit = page.getByRole('form', { name: 'Zmień jednostkę: Komisariat Nowa Huta' });
    await edit.getByLabel('Nazwa').fill('Komisariat Kraków-Nowa Huta');
    await edit.getByRole('button', { name: 'Zapisz' }).click();
    await page.getByRole('cell', { name: 'Komisariat Kraków-Nowa Huta', exact: true }).waitFor();
    expect(await tableRows(page, 'Jednostki')).toEqual([
      ['Jednostka WCO', 'WCO-U1', 'Zmień'],
      ['Komisariat Kraków-Nowa Huta', 'WCO-U2', 'Zmień'],
    ]);
    await expectAccessible(page);
  });

  it("another institution's coordinator opening a person of this institution sees “not found”", async () => {
    const other = await web.context();
    const otherPage = await other.newPage();
    await web.signIn(otherPage, b.coordinator.email);
    await otherPage.goto(`${web.baseUrl}/people/${a.officer.id}`);
    await otherPage.getByRole('heading', { name: 'Nie znaleziono', level: 1 }).waitFor();
    await otherPage.getByRole('alert').filter({ hasText: 'Nie znaleziono — ta rzecz nie istnieje albo nie masz do niej dostępu.' }).waitFor();
    await expectAccessible(otherPage);
    await other.close();
  });

  it('fits a phone: each page without sideways scrolling, accessible, photographed', async () => {
    const phone = await web.context({ viewport: 'phone' });
    const phonePage = await phone.newPage();
    await web.signIn(phonePage, a.coordinator.email);
    const pages: [string, string, string][] = [
      ['dashboard', '/dashboard', 'Pulpit koordynatora'],
      ['people', '/people', 'Osoby'],
      ['import', '/people/import', 'Wczytaj listę osób'],
      ['assign', '/assign', 'Przydziel kurs'],
      ['exports', '/exports', 'Eksporty'],
    ];
    for (const [name, path, heading] of pages) {
      await phonePage.goto(`${web.baseUrl}${path}`);
      await phonePage.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await phonePage.getByText('Wczytywanie…').first().waitFor({ state: 'detached' });
      expect({ name, width: await phonePage.evaluate(() => document.documentElement.scrollWidth) }).toEqual({ name, width: 360 });
      await expectAccessible(phonePage);
      await web.screenshot(phonePage, `coordinator-${name}-phone`);
    }
    await phone.close();
  });
});
