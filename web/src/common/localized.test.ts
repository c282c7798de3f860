import { describe, expect, it } from 'vitest';
import { localized } from './localized';

describe('localized', () => {
  it('is the reader’s language, or Polish when that translation is missing or empty', () => {
    const text = { pl: 'Prawa cudzoziemców', en: 'Rights of foreigners', uk: '  ' };
    expect(localized(text, 'en')).toBe('Rights of foreigners');
    expect(localized(text, 'en-GB')).toBe('Rights of foreigners');
    expect(localized(text, 'uk')).toBe('Prawa cudzoziemców');
    expect(localized({ pl: 'Tylko po polsku' }, 'uk')).toBe('Tylko po polsku');
    expect(localized(null, 'pl')).toBe('');
  });
});
