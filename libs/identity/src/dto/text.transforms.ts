import { Transform } from 'class-transformer';

/** Trims surrounding white space of a string input (other values pass through to validation). */
export const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Trims and lower-cases an email, so that `Ada@X.org` and `ada@x.org ` are one address. */
export const NormalizeEmail = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value,
  );

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
