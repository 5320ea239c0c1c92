import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { badInput } from '@scrutineer/domain';

function flatten(errors: ValidationError[], prefix = ''): { field: string; messages: string[] }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, messages: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** The path of the first string holding a NUL character, which PostgreSQL text cannot store. */
function nulPath(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (depth > 20 || value === null || typeof value !== 'object') return null;
  const proto = Object.getPrototypeOf(value) as unknown;
  // GraphQL arguments arrive as plain objects and arrays; never walk into requests or other machinery.
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return null;
  for (const [key, child] of Object.entries(value)) {
    const found = nulPath(child, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return null;
}

/** class-validator on every input; failures become BAD_USER_INPUT naming each field and what is wrong. */
class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      whitelist: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => {
        const fields = flatten(errors);
        return badInput(`Invalid input: ${fields.flatMap((f) => f.messages).join('; ')}`, { fields });
      },
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const field = metadata.type === 'custom' ? null : nulPath(value, metadata.data ?? '');
    if (field !== null) {
      throw badInput(`Invalid input: ${field} contains a NUL character`, {
        fields: [{ field, messages: ['must not contain NUL characters'] }],
      });
    }
    return super.transform(value, metadata);
  }
}

export const inputValidationPipe = new InputValidationPipe();
