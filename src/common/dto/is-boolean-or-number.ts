import { registerDecorator, ValidationOptions } from 'class-validator';

/** A JSON boolean or a finite number (an answer's `value`), never a string. */
export function IsBooleanOrNumber(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isBooleanOrNumber',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must be a boolean or a number`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)) },
    });
}
