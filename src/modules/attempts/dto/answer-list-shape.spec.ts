import fc from 'fast-check';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { wellFormedAnswers } from './answer-list-shape';
import { SaveAnswersDto, SubmitAttemptDto } from './answers.dto';

/** What the global ValidationPipe decides for the body (answers.dto.ts, whitelist + forbidNonWhitelisted). */
function classValidatorAccepts(dto: typeof SaveAnswersDto | typeof SubmitAttemptDto, body: unknown): boolean {
  const instance = plainToInstance(dto, body ?? {});
  return typeof instance === 'object' && validateSync(instance as object, { whitelist: true, forbidNonWhitelisted: true }).length === 0;
}

/** Mostly what class-validator accepts, sometimes not: the property needs many bodies on both sides of the line. */
const mostly = <T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>) => fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: invalid, weight: 1 });
const id = mostly(fc.oneof(fc.constantFrom('a', 'opt-1', 'x'.repeat(40)), fc.string({ maxLength: 40 })), fc.oneof(fc.constantFrom('x'.repeat(41), null), fc.integer()));
const ids = mostly(fc.array(id, { maxLength: 3 }), fc.constantFrom(Array.from({ length: 51 }, () => 'a'), 'a', null));
const questionId = mostly(fc.uuid(), fc.oneof(fc.constantFrom('00000000-0000-0000-0000-000000000000', 'not-a-uuid', '4F1C2B7E-8A3D-4E5F-9B6A-1C2D3E4F5A6B'), fc.integer()));
const value = mostly(fc.oneof(fc.boolean(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer()), fc.constantFrom('112', null, Number.NaN, Infinity));
const text = mostly(fc.oneof(fc.string({ maxLength: 30 }), fc.constant('x'.repeat(20_000))), fc.oneof(fc.constant('x'.repeat(20_001)), fc.integer()));
const pair = mostly(fc.record({ leftId: id, rightId: id }), fc.oneof(fc.record({ leftId: id }), fc.record({ leftId: id, rightId: id, extra: id }), fc.constant('pair')));
const fields = { questionId, optionIds: ids, value, text, pairs: mostly(fc.array(pair, { maxLength: 3 }), fc.constant(null)), order: ids };
const answer = mostly(
  fc.record(fields, { requiredKeys: ['questionId'] }),
  fc.oneof(fc.record({ ...fields, colour: fc.string() }, { requiredKeys: [] }), fc.constantFrom(null, 'answer', [], 42)),
);
const body = fc.oneof(
  { arbitrary: fc.record({ answers: fc.array(answer, { maxLength: 4 }) }), weight: 6 },
  fc.record({ answers: fc.oneof(fc.array(answer, { maxLength: 2 }), fc.constantFrom(null, 'all', {}, 3)), extra: fc.anything() }, { requiredKeys: [] }),
  fc.constant({ answers: Array.from({ length: 201 }, () => ({ questionId: '4f1c2b7e-8a3d-4e5f-9b6a-1c2d3e4f5a6b' })) }),
  fc.constantFrom(undefined, null, 'answers', [], 0),
);

describe('wellFormedAnswers, the quick check of the direct routes', () => {
  it.each([
    ['a save', SaveAnswersDto, true],
    ['a submit', SubmitAttemptDto, false],
  ] as const)('accepts only bodies class-validator accepts for %s, and returns their answers unchanged', (_, dto, required) => {
    let accepted = 0;
    fc.assert(
      fc.property(body, (candidate) => {
        const quick = wellFormedAnswers(candidate, required);
        if (quick === undefined) return;
        accepted++;
        expect(classValidatorAccepts(dto, candidate)).toBe(true);
        expect(quick).toEqual((candidate as { answers?: unknown } | undefined)?.answers ?? []);
      }),
      { numRuns: 5_000 },
    );
    // The property means something only if many generated bodies pass the quick check.
    expect(accepted).toBeGreaterThan(500);
  });

  it('accepts what a browser sends, so that the usual save never reaches class-validator', () => {
    const q = '4f1c2b7e-8a3d-4e5f-9b6a-1c2d3e4f5a6b';
    const answers = [
      { questionId: q, optionIds: ['b'] },
      { questionId: q, value: true },
      { questionId: q, value: 112.5 },
      { questionId: q, text: 'Zapytałbym o preferowany język rozmowy.' },
      { questionId: q, pairs: [{ leftId: 'l1', rightId: 'r2' }] },
      { questionId: q, order: ['i3', 'i1', 'i2'] },
      { questionId: q },
    ];
    expect(wellFormedAnswers({ answers }, true)).toEqual(answers);
    expect(wellFormedAnswers({}, false)).toEqual([]);
    expect(wellFormedAnswers(undefined, false)).toEqual([]);
    expect(wellFormedAnswers({}, true)).toBeUndefined();
    expect(wellFormedAnswers({ answers: [{ questionId: q, optionIds: null }] }, true)).toBeUndefined();
  });
});
