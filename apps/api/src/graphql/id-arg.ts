import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { badInput } from '@scrutineer/domain';

/** An `ID!` argument that must be a UUID: anything else is BAD_USER_INPUT, before it reaches SQL. */
export const IdArg = (name: string) =>
  Args(
    name,
    { type: () => ID },
    new ParseUUIDPipe({
      exceptionFactory: () => badInput(`${name} must be an id (a UUID)`, { fields: [{ field: name, messages: ['must be a UUID'] }] }),
    }),
  );
