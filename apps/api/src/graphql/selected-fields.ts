import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The names of the fields asked for on the object this resolver returns, through fragments and inline
 * fragments (whatever their directives say: a field that may be asked for counts). `__typename` aside.
 */
export function selectedFields(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== '__typename') names.add(selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        walk(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet);
  return names;
}

/**
 * `selectedFields` as a resolver parameter. A custom decorator rather than `@Info()`: the input pipe
 * leaves custom parameters alone, and would otherwise walk the whole resolve info looking for text.
 */
export const SelectedFields = createParamDecorator((_: unknown, ctx: ExecutionContext): Set<string> =>
  selectedFields(GqlExecutionContext.create(ctx).getInfo<GraphQLResolveInfo>()),
);
