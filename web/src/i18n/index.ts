import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import authoringEn from './locales/en/authoring.json';
import authoringPl from './locales/pl/authoring.json';
import authoringUk from './locales/uk/authoring.json';
import banksEn from './locales/en/banks.json';
import banksPl from './locales/pl/banks.json';
import banksUk from './locales/uk/banks.json';
import gradingEn from './locales/en/grading.json';
import gradingPl from './locales/pl/grading.json';
import gradingUk from './locales/uk/grading.json';
import commonEn from './locales/en/common.json';
import commonPl from './locales/pl/common.json';
import commonUk from './locales/uk/common.json';
import coordinatorEn from './locales/en/coordinator.json';
import coordinatorPl from './locales/pl/coordinator.json';
import coordinatorUk from './locales/uk/coordinator.json';
import officerEn from './locales/en/officer.json';
import officerPl from './locales/pl/officer.json';
import officerUk from './locales/uk/officer.json';
import quizEn from './locales/en/quiz.json';
import quizPl from './locales/pl/quiz.json';
import quizUk from './locales/uk/quiz.json';

/** Polish first; English and Ukrainian complete (a test compares the key sets). */
export const LANGUAGES = [
  { code: 'pl', name: 'Polski' },
  { code: 'en', name: 'English' },
  { code: 'uk', name: 'Українська' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

export const resources = {
  pl: { common: commonPl, officer: officerPl, quiz: quizPl, coordinator: coordinatorPl, authoring: authoringPl, banks: banksPl, grading: gradingPl },
  en: { common: commonEn, officer: officerEn, quiz: quizEn, coordinator: coordinatorEn, authoring: authoringEn, banks: banksEn, grading: gradingEn },
  uk: { common: commonUk, officer: officerUk, quiz: quizUk, coordinator: coordinatorUk, authoring: authoringUk, banks: banksUk, grading: gradingUk },
} as const;

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

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'pl',
  defaultNS: 'common',
  ns: ['common', 'officer', 'quiz', 'coordinator', 'authoring', 'banks', 'grading'],
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
