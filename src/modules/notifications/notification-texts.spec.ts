import { renderMail, renderNotification } from './notification-texts';

const NOW = new Date('2026-12-04T06:00:00Z');
const course = { pl: 'Komunikacja międzykulturowa', en: 'Intercultural communication', uk: 'Міжкультурна комунікація' };
const link = 'https://mosty.example.org/api/v1/enrollments/e1';

describe('notification texts', () => {
  it('counts days with each language\'s plural forms', () => {
    const due = (days: number, locale: 'pl' | 'en' | 'uk') =>
      renderNotification({ kind: 'due_soon', data: { courseTitle: course, dueAt: new Date(NOW.getTime() + days * 86_400_000 - 3600_000).toISOString() } }, locale, NOW).body;
    expect(due(1, 'pl')).toContain('(za 1 dzień)');
    expect(due(3, 'pl')).toContain('(za 3 dni)');
    expect(due(5, 'uk')).toContain('(через 5 днів)');
    expect(due(2, 'uk')).toContain('(через 2 дні)');
    expect(due(1, 'en')).toContain('(in 1 day)');
  });

  it('writes Polish and Ukrainian dates and the course title in the recipient\'s language', () => {
    const input = { kind: 'overdue' as const, data: { courseTitle: course, dueAt: '2026-11-20T22:59:00Z', daysLate: 13 }, recipientName: 'Łukasz Żółć', link };
    expect(renderNotification(input, 'pl', NOW)).toEqual({
      title: 'Po terminie: kurs „Komunikacja międzykulturowa”',
      body: 'Termin ukończenia kursu „Komunikacja międzykulturowa” minął 20 listopada 2026 (13 dni temu). Prosimy o jak najszybsze ukończenie kursu.',
    });
    expect(renderNotification(input, 'uk', NOW).body).toContain('«Міжкультурна комунікація» минув 20 листопада 2026');
    // A title without the recipient's language falls back to Polish.
    expect(renderNotification({ ...input, data: { ...input.data, courseTitle: { pl: 'Prawa człowieka' } } }, 'en', NOW).title).toBe('Overdue: course “Prawa człowieka”');
  });

  it('escapes names and titles in the HTML but not in the plain text', () => {
    const mail = renderMail(
      { kind: 'certificate_expired', data: { courseTitle: { pl: '<b>Kurs</b> & "test"' }, number: 'MOS-2026-000001', expiresAt: '2026-12-01T10:00:00Z' }, recipientName: '<script>x</script>', link },
      'pl',
      NOW,
    );
    expect(mail.html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(mail.html).toContain('„&lt;b&gt;Kurs&lt;/b&gt; &amp; &quot;test&quot;”');
    expect(mail.html).not.toContain('<script>');
    expect(mail.body).toContain('Dzień dobry, <script>x</script>!');
    expect(mail.body).toContain(`Otwórz: ${link}`);
    expect(mail.html).toContain(`<a href="${link}">Otwórz</a>`);
  });

  it('lists a digest\'s first names and says how many more there are', () => {
    const input = {
      kind: 'coordinator_digest' as const,
      data: {
        institutionName: 'KMP Kraków',
        overdueCount: 12,
        overdue: [{ fullName: 'Anna Nowak', courseTitle: course, daysLate: 1 }],
        lapsingCount: 0,
        lapsing: [],
      },
      recipientName: 'Małgorzata',
      link,
    };
    expect(renderNotification(input, 'pl', NOW).body).toBe(
      'Kursy po terminie: 12\n- Anna Nowak – Komunikacja międzykulturowa – 1 dzień po terminie\n- … i 11 więcej\n\nCertyfikaty wygasające w ciągu 60 dni: 0',
    );
    expect(renderMail(input, 'en', NOW).html).toContain('<h2>Overdue courses: 12</h2><ul><li>Anna Nowak – Intercultural communication – 1 day late</li>');
  });
});
