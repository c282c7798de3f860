import type { LocalizedText } from '../questions/question-definition';
import type { Locale } from '../users/user.entity';
import type { NotificationKind } from './notification.entity';

/** What the reminder runs store in `notification.data`, per kind. Dates are ISO strings (jsonb). */
export interface EnrollmentReminderData {
  courseTitle: LocalizedText;
  dueAt: string;
  /** overdue only: whole days past the due date when the reminder was made. */
  daysLate?: number;
}

export interface CertificateReminderData {
  courseTitle: LocalizedText;
  number: string;
  expiresAt: string;
}

export interface DigestData {
  institutionName: string;
  overdueCount: number;
  /** The first DIGEST_NAMES, most late first. */
  overdue: { fullName: string; courseTitle: LocalizedText; daysLate: number }[];
  lapsingCount: number;
  /** The first DIGEST_NAMES, soonest first. */
  lapsing: { fullName: string; courseTitle: LocalizedText; expiresAt: string }[];
}

/** How many names a digest lists of each kind; the counts are complete. */
export const DIGEST_NAMES = 10;

export interface RenderInput {
  kind: NotificationKind;
  data: Record<string, unknown>;
}

export interface MailInput extends RenderInput {
  recipientName: string;
  /** Absolute. */
  link: string;
}

export interface RenderedNotification {
  title: string;
  /** Plain text, several lines. */
  body: string;
}

export interface RenderedMail extends RenderedNotification {
  html: string;
}

const TIME_ZONE = 'Europe/Warsaw';

type Phrases = {
  greeting: (name: string) => string;
  days: (n: number) => string;
  open: string;
  signature: string;
  dueSoon: (course: string, date: string, days: string) => RenderedNotification;
  overdue: (course: string, date: string, late: string) => RenderedNotification;
  expiring: (number: string, course: string, date: string, days: string) => RenderedNotification;
  expired: (number: string, course: string, date: string) => RenderedNotification;
  digestTitle: (institution: string) => string;
  digestOverdue: (count: number) => string;
  digestLapsing: (count: number) => string;
  digestLate: (late: string) => string;
  digestExpires: (date: string) => string;
  andMore: (count: number) => string;
};

const plural = (locale: Locale, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }) => {
  const rules = new Intl.PluralRules(locale);
  return (n: number) => `${n} ${forms[rules.select(n)] ?? forms.other}`;
};

const PHRASES: Record<Locale, Phrases> = {
  pl: {
    greeting: (name) => `Dzień dobry, ${name}!`,
    days: plural('pl', { one: 'dzień', few: 'dni', many: 'dni', other: 'dnia' }),
    open: 'Otwórz',
    signature: 'Mosty – szkolenia z kompetencji międzykulturowych',
    dueSoon: (course, date, days) => ({
      title: `Przypomnienie: kurs „${course}” do ${date}`,
      body: `Termin ukończenia kursu „${course}” mija ${date} (za ${days}). Prosimy o ukończenie kursu przed terminem.`,
    }),
    overdue: (course, date, late) => ({
      title: `Po terminie: kurs „${course}”`,
      body: `Termin ukończenia kursu „${course}” minął ${date} (${late} temu). Prosimy o jak najszybsze ukończenie kursu.`,
    }),
    expiring: (number, course, date, days) => ({
      title: `Certyfikat ${number} wygasa ${date}`,
      body: `Twój certyfikat ${number} z kursu „${course}” wygasa ${date} (za ${days}). Aby go odnowić, ukończ kurs ponownie.`,
    }),
    expired: (number, course, date) => ({
      title: `Certyfikat ${number} wygasł`,
      body: `Twój certyfikat ${number} z kursu „${course}” wygasł ${date}. Aby uzyskać nowy, ukończ kurs ponownie.`,
    }),
    digestTitle: (institution) => `Podsumowanie tygodnia: ${institution}`,
    digestOverdue: (count) => `Kursy po terminie: ${count}`,
    digestLapsing: (count) => `Certyfikaty wygasające w ciągu 60 dni: ${count}`,
    digestLate: (late) => `${late} po terminie`,
    digestExpires: (date) => `wygasa ${date}`,
    andMore: (count) => `… i ${count} więcej`,
  },
  en: {
    greeting: (name) => `Hello ${name},`,
    days: plural('en', { one: 'day', other: 'days' }),
    open: 'Open',
    signature: 'Mosty – intercultural competence training',
    dueSoon: (course, date, days) => ({
      title: `Reminder: course “${course}” is due on ${date}`,
      body: `The course “${course}” is due on ${date} (in ${days}). Please complete it before then.`,
    }),
    overdue: (course, date, late) => ({
      title: `Overdue: course “${course}”`,
      body: `The course “${course}” was due on ${date} (${late} ago). Please complete it as soon as you can.`,
    }),
    expiring: (number, course, date, days) => ({
      title: `Certificate ${number} expires on ${date}`,
      body: `Your certificate ${number} for the course “${course}” expires on ${date} (in ${days}). Complete the course again to renew it.`,
    }),
    expired: (number, course, date) => ({
      title: `Certificate ${number} has expired`,
      body: `Your certificate ${number} for the course “${course}” expired on ${date}. Complete the course again to earn a new one.`,
    }),
    digestTitle: (institution) => `Weekly summary: ${institution}`,
    digestOverdue: (count) => `Overdue courses: ${count}`,
    digestLapsing: (count) => `Certificates lapsing within 60 days: ${count}`,
    digestLate: (late) => `${late} late`,
    digestExpires: (date) => `expires on ${date}`,
    andMore: (count) => `… and ${count} more`,
  },
  uk: {
    greeting: (name) => `Доброго дня, ${name}!`,
    days: plural('uk', { one: 'день', few: 'дні', many: 'днів', other: 'дня' }),
    open: 'Відкрити',
    signature: 'Mosty – навчання міжкультурної компетентності',
    dueSoon: (course, date, days) => ({
      title: `Нагадування: курс «${course}» потрібно завершити до ${date}`,
      body: `Термін завершення курсу «${course}» — ${date} (через ${days}). Будь ласка, завершіть курс до цього терміну.`,
    }),
    overdue: (course, date, late) => ({
      title: `Прострочено: курс «${course}»`,
      body: `Термін завершення курсу «${course}» минув ${date} (${late} тому). Будь ласка, завершіть курс якнайшвидше.`,
    }),
    expiring: (number, course, date, days) => ({
      title: `Термін дії сертифіката ${number} спливає ${date}`,
      body: `Термін дії вашого сертифіката ${number} за курс «${course}» спливає ${date} (через ${days}). Щоб його поновити, пройдіть курс ще раз.`,
    }),
    expired: (number, course, date) => ({
      title: `Термін дії сертифіката ${number} сплив`,
      body: `Термін дії вашого сертифіката ${number} за курс «${course}» сплив ${date}. Щоб отримати новий, пройдіть курс ще раз.`,
    }),
    digestTitle: (institution) => `Щотижневий підсумок: ${institution}`,
    digestOverdue: (count) => `Прострочені курси: ${count}`,
    digestLapsing: (count) => `Сертифікати, термін дії яких спливає протягом 60 днів: ${count}`,
    digestLate: (late) => `прострочено на ${late}`,
    digestExpires: (date) => `спливає ${date}`,
    andMore: (count) => `… і ще ${count}`,
  },
};

const localized = (text: LocalizedText, locale: Locale) => text[locale] ?? text.pl;

const dateIn = (locale: Locale, iso: string) =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE }).format(new Date(iso));

/** Days from now until `iso`, a part day counting as one: due in 2.5 days reads "in 3 days". */
const daysUntil = (iso: string, now: Date) => Math.max(0, Math.ceil((new Date(iso).getTime() - now.getTime()) / 86_400_000));

/** A digest: a heading line per list, then its names. */
interface Section {
  heading: string;
  lines: string[];
}

function digestSections(p: Phrases, locale: Locale, d: DigestData): Section[] {
  const section = (heading: string, lines: string[], total: number): Section => ({
    heading,
    lines: total > lines.length ? [...lines, p.andMore(total - lines.length)] : lines,
  });
  return [
    section(p.digestOverdue(d.overdueCount), d.overdue.map((o) => `${o.fullName} – ${localized(o.courseTitle, locale)} – ${p.digestLate(p.days(o.daysLate))}`), d.overdueCount),
    section(p.digestLapsing(d.lapsingCount), d.lapsing.map((l) => `${l.fullName} – ${localized(l.courseTitle, locale)} – ${p.digestExpires(dateIn(locale, l.expiresAt))}`), d.lapsingCount),
  ];
}

/** Title and body of a notification in the recipient's locale. `now` counts the days left for "in N days". */
function content(input: RenderInput, locale: Locale, now: Date): { title: string; paragraph?: string; sections?: Section[] } {
  const p = PHRASES[locale];
  switch (input.kind) {
    case 'due_soon': {
      const d = input.data as unknown as EnrollmentReminderData;
      const { title, body } = p.dueSoon(localized(d.courseTitle, locale), dateIn(locale, d.dueAt), p.days(daysUntil(d.dueAt, now)));
      return { title, paragraph: body };
    }
    case 'overdue': {
      const d = input.data as unknown as EnrollmentReminderData;
      const { title, body } = p.overdue(localized(d.courseTitle, locale), dateIn(locale, d.dueAt), p.days(d.daysLate ?? 0));
      return { title, paragraph: body };
    }
    case 'certificate_expiring_60':
    case 'certificate_expiring_30': {
      const d = input.data as unknown as CertificateReminderData;
      const { title, body } = p.expiring(d.number, localized(d.courseTitle, locale), dateIn(locale, d.expiresAt), p.days(daysUntil(d.expiresAt, now)));
      return { title, paragraph: body };
    }
    case 'certificate_expired': {
      const d = input.data as unknown as CertificateReminderData;
      const { title, body } = p.expired(d.number, localized(d.courseTitle, locale), dateIn(locale, d.expiresAt));
      return { title, paragraph: body };
    }
    case 'coordinator_digest': {
      const d = input.data as unknown as DigestData;
      return { title: p.digestTitle(d.institutionName), sections: digestSections(p, locale, d) };
    }
  }
}

/** The in-app title and text. */
export function renderNotification(input: RenderInput, locale: Locale, now = new Date()): RenderedNotification {
  const c = content(input, locale, now);
  const sections = (c.sections ?? []).map((s) => [s.heading, ...s.lines.map((line) => `- ${line}`)].join('\n'));
  return { title: c.title, body: [c.paragraph, ...sections].filter(Boolean).join('\n\n') };
}

/** The e-mail: subject, plain text and HTML, with a greeting, the link and a signature. User-given text is escaped in the HTML. */
export function renderMail(input: MailInput, locale: Locale, now = new Date()): RenderedMail {
  const p = PHRASES[locale];
  const c = content(input, locale, now);
  const { title, body } = renderNotification(input, locale, now);
  const text = [p.greeting(input.recipientName), body, `${p.open}: ${input.link}`, `-- \n${p.signature}`].join('\n\n');
  const sections = (c.sections ?? [])
    .map((s) => `<h2>${escapeHtml(s.heading)}</h2>${s.lines.length ? `<ul>${s.lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>` : ''}`)
    .join('');
  const html = [
    `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>`,
    `<p>${escapeHtml(p.greeting(input.recipientName))}</p>`,
    c.paragraph ? `<p>${escapeHtml(c.paragraph)}</p>` : '',
    sections,
    `<p><a href="${escapeHtml(input.link)}">${escapeHtml(p.open)}</a></p>`,
    `<p style="color:#666">${escapeHtml(p.signature)}</p>`,
    `</body></html>`,
  ].join('');
  return { title, body: text, html };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}
