import { ValueTransformer } from 'typeorm';

/** PostgreSQL numeric arrives as a string (exact); Mosty's scores fit a double comfortably. */
export const decimal: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
