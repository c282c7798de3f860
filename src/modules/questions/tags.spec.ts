import { slugifyTag, TAG_PATTERN, tagsFromCategoryPath } from './tags';

describe('tags', () => {
  it.each([
    ['Prawa człowieka', 'prawa-czlowieka'],
    ['Status prawny cudzoziemców', 'status-prawny-cudzoziemcow'],
    ['  Komunikacja  ', 'komunikacja'],
    ['Bezpieczeństwo / ŁAD', 'bezpieczenstwo-lad'],
    ['Default for New Features', 'default-for-new-features'],
    ['Øresund Æsir Œuvre Đorđe', 'oresund-aesir-oeuvre-dorde'],
    ['Зв’язок', ''],
  ])('slugifies %j as %j', (text, slug) => {
    expect(slugifyTag(text)).toBe(slug);
    if (slug) expect(slug).toMatch(TAG_PATTERN);
  });

  it('turns a Moodle category path into one tag per category, without context markers', () => {
    expect(tagsFromCategoryPath('$course$/Iota/Kappa/Lambda')).toEqual(['iota', 'kappa', 'lambda']);
    expect(tagsFromCategoryPath('$system$/top/Prawa człowieka')).toEqual(['prawa-czlowieka']);
    expect(tagsFromCategoryPath('$course$/Default for New Features')).toEqual(['default-for-new-features']);
    expect(tagsFromCategoryPath('$course$')).toEqual([]);
    expect(tagsFromCategoryPath('$course$/A // B/C')).toEqual(['a-b', 'c']);
  });
});
