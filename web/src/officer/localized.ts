import { useTranslation } from 'react-i18next';

/** A course's translatable text, `{pl, en?, uk?}`: Polish is always there. */
export interface LocalizedText {
  pl: string;
  en?: string;
  uk?: string;
}

/** The text in the reader's language, or in Polish when it has no translation. */
export function pickLanguage(text: LocalizedText | null | undefined, language: string): string {
  if (!text) return '';
  return (text as unknown as Record<string, string | undefined>)[language] ?? text.pl;
}

export function useLocalized() {
  const { i18n } = useTranslation();
  return (text: LocalizedText | null | undefined) => pickLanguage(text, i18n.language);
}
