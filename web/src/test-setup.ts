import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import i18n, { i18nReady } from './i18n';

afterEach(() => cleanup());

// Components render synchronously in tests: every language's texts are loaded before any test.
await i18nReady;
await i18n.loadLanguages(['pl', 'en', 'uk']);
