import { ValidateBy, type ValidationArguments } from 'class-validator';

/** Characters as PostgreSQL's length() counts them: code points (class-validator's Length skips variation selectors). */
const characters = (text: string): number => {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
};

/**
 * Text stored in a column whose CHECK bounds its length: not blank (services store it trimmed) and
 * `min` to `max` characters counted as the database counts them, so that whatever passes here the
 * database accepts too, instead of failing the request with a constraint violation.
 */
export const TextLength = (min: number, max: number) =>
  ValidateBy({
    name: 'textLength',
    constraints: [min, max],
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' && value.trim() !== '' && characters(value) >= min && characters(value) <= max,
      defaultMessage: (args?: ValidationArguments) =>
        typeof args?.value === 'string' && args.value.trim() === ''
          ? `${args.property} must not be blank`
          : `${args?.property ?? 'text'} must be ${min} to ${max} characters long`,
    },
  });
