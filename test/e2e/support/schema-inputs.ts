import { TypeMetadataStorage } from '@nestjs/graphql';
import { ROLES, roleHasPermission, type Role } from '@scrutineer/domain';
import fc from 'fast-check';
import { ACCESS_RULE } from '../../../apps/api/src/auth/access-rule.decorator.js';
import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const control = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
const hostileChar = fc.oneof(
  { weight: 8, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: loneSurrogate },
  { weight: 2, arbitrary: control },
);
const SAMPLES = [
  '',
  ' ',
  '\u0000',
  '\ud800',
  'a\udfffb',
  '2026-02-30',
  '9999-12-31',
  '0000-00-00',
  "' OR 1=1 --",
  '../../x',
  'XF-2222222222',
];

/** Strings a client should never be able to hurt us with: lone surrogates, NUL and control characters, odd dates, long text. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: hostileChar, maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom(...SAMPLES) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 30 }).map((n) => '长'.repeat(n * 1000)) },
);

/** A day near today, as the API takes dates (YYYY-MM-DD): lets steps that take dates get past validation. */
const nearDay = fc.integer({ min: -40, max: 5 }).map((days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10));

/** Mostly strings that pass validation, so that hostile ones are also tried deeper in, where they are stored. */
const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
  { weight: 1, arbitrary: nearDay },
  { weight: 2, arbitrary: hostileString },
);

/** JSON of the wrong shape: any value, deep nesting, wide objects and arrays. */
export const wrongJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 500 }).map((n) => JSON.parse('['.repeat(n) + ']'.repeat(n)) as unknown) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 50, max: 5000 }).map((n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]))),
  },
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 5000 }).map((n) => Array.from({ length: n }, () => 'x')) },
);

/** Values for one input type: mostly of the right shape, with hostile leaves, sometimes of the wrong shape altogether. */
export function inputValue(type: GraphQLInputType, ids: readonly string[], depth = 0): fc.Arbitrary<unknown> {
  const right = rightShape(type, ids, depth);
  return fc.oneof({ weight: 40, arbitrary: right }, { weight: 1, arbitrary: wrongJson }, { weight: 1, arbitrary: hostileString });
}

function rightShape(type: GraphQLInputType, ids: readonly string[], depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return inputValue(type.ofType, ids, depth);
  if (depth > 6) return fc.constant(null);
  if (isListType(type)) return fc.array(inputValue(type.ofType, ids, depth + 1), { maxLength: 3 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const record = fc.record(Object.fromEntries(fields.map((f) => [f.name, inputValue(f.type, ids, depth + 1)])), {
      requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
    });
    return fc.oneof(
      { weight: 5, arbitrary: record },
      {
        weight: 1,
        arbitrary: fc.tuple(record, fc.dictionary(hostileString, fc.jsonValue({ maxDepth: 1 }))).map(([r, extra]) => ({ ...extra, ...r })),
      },
    );
  }
  switch (getNamedType(type).name) {
    case 'ID':
      return fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...ids) },
        { weight: 2, arbitrary: fc.uuid() },
        { weight: 1, arbitrary: hostileString },
      );
    case 'Int':
      return fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: 0, max: 20 }) },
        { weight: 1, arbitrary: fc.constantFrom(-(2 ** 31), 2 ** 31 - 1, 2 ** 31, 2 ** 53, 1.5, -0, -1) },
        { weight: 1, arbitrary: fc.integer() },
      );
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -1, 1e308, 90.5, -180.5));
    case 'Boolean':
      return fc.boolean();
    default:
      return text;
  }
}

/** One operation over a root field that takes arguments, with its variables' arbitrary. */
export interface FuzzOperation {
  name: string;
  kind: 'query' | 'mutation';
  document: string;
  variables: fc.Arbitrary<Record<string, unknown>>;
  /** The roles its access rule lets in, or 'public': requests mostly come with one of them, to get past the guard. */
  access: Role[] | 'public';
}

/** The access rule (@Allow / @Public, apps/api/src/auth) of the resolver behind a root field. */
function accessOf(kind: 'query' | 'mutation', name: string): Role[] | 'public' {
  const resolvers = kind === 'query' ? TypeMetadataStorage.getQueriesMetadata() : TypeMetadataStorage.getMutationsMetadata();
  const resolver = resolvers.find((r) => r.schemaName === name);
  const handler = resolver && (resolver.target.prototype as Record<string, unknown>)[resolver.methodName];
  const rule = (handler && Reflect.getMetadata(ACCESS_RULE, handler)) as
    { public?: true; permission?: Parameters<typeof roleHasPermission>[1] } | undefined;
  if (!rule || rule.public) return 'public';
  return ROLES.filter((role) => roleHasPermission(role, rule.permission!));
}

function operationOf(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, ids: readonly string[]): FuzzOperation {
  const defs = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  const required = field.args.filter((a) => isNonNullType(a.type)).map((a) => a.name);
  return {
    name: field.name,
    kind,
    document: `${kind} Fuzz(${defs}) { ${field.name}(${args})${selection} }`,
    variables: fc.record(Object.fromEntries(field.args.map((a) => [a.name, inputValue(a.type, ids)])), { requiredKeys: required }),
    access: accessOf(kind, field.name),
  };
}

/** Every query and mutation of the schema that takes arguments. */
export function fuzzOperations(schema: GraphQLSchema, ids: readonly string[]): FuzzOperation[] {
  const roots: ['query' | 'mutation', GraphQLObjectType | null | undefined][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ];
  return roots.flatMap(([kind, root]) =>
    Object.values(root?.getFields() ?? {})
      .filter((f) => f.args.length > 0)
      .map((f) => operationOf(kind, f, ids)),
  );
}
