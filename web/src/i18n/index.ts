import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';

/** Polish first; English and Ukrainian complete (a test compares the key sets). */
export const LANGUAGES = [
  { code: 'pl', name: 'Polski' },
  { code: 'en', name: 'English' },
  { code: 'uk', name: 'Українська' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

/** Every area's texts; each page's own area is a namespace of its own. */
export const NAMESPACES = ['common', 'officer', 'quiz', 'coordinator', 'authoring', 'banks', 'grading'] as const;

/**
 * Each language × namespace is a chunk of its own, loaded when first needed: the first
 * load carries one language, not three (a third of the first load's JavaScript before).
 */
const bundles = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { import: 'default' });
const lazyLocales: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    const load = bundles[`./locales/${language}/${namespace}.json`];
    if (!load) return callback(new Error(`No texts for ${language}/${namespace}`), false);
    load().then(
      (texts) => callback(null, texts),
      (error: Error) => callback(error, false),
    );
  },
};

const STORAGE_KEY = 'mosty.language';

function initialLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  const wanted = [stored, ...(typeof navigator === 'undefined' ? [] : navigator.languages)].filter(Boolean) as string[];
  for (const tag of wanted) {
    const code = tag.slice(0, 2).toLowerCase();
    if (LANGUAGES.some((l) => l.code === code)) return code as Language;
  }
  return 'pl';
}

/** Resolves when the first language's texts have arrived: the app renders after it. */
export const i18nReady = i18n.use(lazyLocales).use(initReactI18next).init({
  lng: initialLanguage(),
  fallbackLng: 'pl',
  defaultNS: 'common',
  ns: [...NAMESPACES],
  interpolation: { escapeValue: false },
  returnNull: false,
});

/**
 * After sign-in: the language of the user's profile, unless this device was told otherwise
 * (a shared station PC keeps the choice made on it; a phone follows its owner).
 */
export function followProfileLanguage(locale: string): void {
  if (localStorage.getItem(STORAGE_KEY) === null && LANGUAGES.some((l) => l.code === locale)) void i18n.changeLanguage(locale);
}

export function setLanguage(code: Language): void {
  localStorage.setItem(STORAGE_KEY, code);
  void i18n.changeLanguage(code);
}

i18n.on('languageChanged', (code) => document.documentElement.setAttribute('lang', code));
if (typeof document !== 'undefined') document.documentElement.setAttribute('lang', i18n.language);

export default i18n;
