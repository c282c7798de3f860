import { useTranslation } from 'react-i18next';

/** Dates and numbers in the reader's language (Intl, so pl writes 4.12.2026 and 1 234,5). */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return {
    date: (value: string | Date | null | undefined) => (value ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(value)) : '—'),
    dateTime: (value: string | Date | null | undefined) =>
      value ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value)) : '—',
    number: (value: number | null | undefined, digits = 0) =>
      value === null || value === undefined ? '—' : new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value),
    percent: (value: number | null | undefined) =>
      value === null || value === undefined ? '—' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100),
  };
}
