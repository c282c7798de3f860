import { useTranslation } from 'react-i18next';
import type { LocalizedText } from './api';

/** A course's or module's text in the reader's language, Polish when it has none. */
export function useLocalized() {
  const { i18n } = useTranslation();
  return (text: LocalizedText | null | undefined): string => {
    if (!text) return '';
    const own = (text as Record<string, string | undefined>)[i18n.language];
    return own?.trim() ? own : text.pl;
  };
}
