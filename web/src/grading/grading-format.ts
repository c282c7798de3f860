/** "3,5" or "3.5" within 0..max (4 decimals at most, as the API takes) → 3.5; anything else undefined. */
export function parsePoints(text: string, max: number): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d+(\.\d{1,4})?$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value <= max ? value : undefined;
}

export interface Bucket {
  from: number;
  to: number;
  count: number;
}

/** "0–10 %": a bucket holds from its lower bound up to (not including) its upper one; the last holds 100 too. */
export function bucketLabel(bucket: Bucket): string {
  return `${bucket.from}–${bucket.to} %`;
}
