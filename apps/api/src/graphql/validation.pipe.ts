import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { badInput } from '@scrutineer/domain';
import { refusedTextIn } from './refused-text.js';

function flatten(errors: ValidationError[], prefix = ''): { field: string; messages: string[] }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, messages: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
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

  /** Text PostgreSQL and the audit trail cannot hold (NUL, lone surrogates) is refused first, naming the field. */
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const refused = metadata.type === 'custom' ? null : refusedTextIn(value, typeof value === 'string' ? (metadata.data ?? '') : '');
    if (refused !== null) throw badInput(`Invalid input: ${refused.field} ${refused.messages[0]!}`, { fields: [refused] });
    return super.transform(value, metadata);
  }
}

export const inputValidationPipe = new InputValidationPipe();
