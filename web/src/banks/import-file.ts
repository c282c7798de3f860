export type ImportFormat = 'moodle-xml' | 'gift';

/** The format a file's name suggests: .xml is Moodle XML, anything else (.gift, .txt) GIFT. */
export function formatFor(fileName: string): ImportFormat {
  return /\.xml$/i.test(fileName) ? 'moodle-xml' : 'gift';
}

/** Where a skipped question is: a GIFT line, or the index of a Moodle XML <question>. */
export function positionOf(skipped: { line?: number; index?: number }): { kind: 'line' | 'index'; n: number } | undefined {
  if (typeof skipped.line === 'number') return { kind: 'line', n: skipped.line };
  if (typeof skipped.index === 'number') return { kind: 'index', n: skipped.index };
  return undefined;
}
