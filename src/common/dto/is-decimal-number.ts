import { ValidateBy, ValidationOptions } from 'class-validator';

/**
 * A finite number with at most `places` decimal places. class-validator's
 * `IsNumber({ maxDecimalPlaces })` splits `String(value)` at the dot and throws (a 500) on numbers
 * JSON writes in exponent form, like 1e-7; this rounds instead.
 */
export function IsDecimalNumber(places: number, options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isDecimalNumber',
      constraints: [places],
      validator: {
        validate: (value: unknown) => typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(places)) === value,
        defaultMessage: () => `$property must be a number with at most ${places} decimal places`,
      },
    },
    options,
  );
}
