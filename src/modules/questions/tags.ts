/** Letters that Unicode normalisation does not take apart. */
const FOLD: Record<string, string> = { ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe' };

export const TAG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const TAG_MAX_LENGTH = 60;

/** "Prawa człowieka" → "prawa-czlowieka": competency tags are lower-case ASCII slugs. */
export function slugifyTag(text: string): string {
  return text
    .replace(/[łŁøØđĐßæÆœŒ]/g, (c) => FOLD[c])
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, TAG_MAX_LENGTH)
    .replace(/-+$/, '');
}

/** Moodle's context markers and the root category are not topics. */
const NOT_TOPICS = /^(\$[a-z0-9]+\$|top)$/i;

/**
 * `$course$/Iota/Kappa` → ["iota", "kappa"]: each category of the path becomes a tag.
 * Moodle separates categories with a single `/` and writes a `/` inside a category name
 * as `//` (qformat_default::split_category_path), so `A // B/C` is the two categories "A / B" and "C".
 */
export function tagsFromCategoryPath(path: string): string[] {
  const tags = path
    .split(/(?<!\/)\/(?!\/)/)
    .map((segment) => segment.replace(/\/\//g, '/').trim())
    .filter((segment) => segment && !NOT_TOPICS.test(segment))
    .map(slugifyTag)
    .filter(Boolean);
  return [...new Set(tags)];
}
