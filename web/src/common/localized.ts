import { useTranslation } from 'react-i18next';

/** A course's, module's or question's translatable text: Polish is always there. */
export interface LocalizedText {
  pl: string;
  en?: string;
  uk?: string;
}

/** The text in the reader's language, or in Polish when it has no (or an empty) translation. */
export function localized(text: LocalizedText | null | undefined, language: string): string {
  if (!text) return '';
  const own = (text as unknown as Record<string, string | undefined>)[language.slice(0, 2)];
  return own?.trim() ? own : text.pl;
}

/** `localized` in the language the reader chose. */
export function useLocalized() {
  const { i18n } = useTranslation();
  return (text: LocalizedText | null | undefined) => localized(text, i18n.language);
}
