/**
 * Seconds of study still needed before a lesson may be completed. The server decides
 * (it refuses early completion), so this only counts down to its `completableAt`;
 * clamped to the minimum study time, so a device clock running behind the server's
 * cannot show a longer wait than the lesson asks for.
 */
export function studySecondsLeft(completableAt: string | null | undefined, minStudySeconds: number, nowMs: number): number {
  if (!completableAt) return minStudySeconds;
  const left = Math.ceil((Date.parse(completableAt) - nowMs) / 1000);
  return Math.min(Math.max(left, 0), minStudySeconds);
}

/** 75 → "1:15", 3725 → "1:02:05". */
export function clockText(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
