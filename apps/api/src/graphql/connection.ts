import { type Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from './pagination.js';

/**
 * A Relay connection type for `node`: `edges { cursor node }`, `pageInfo`, `totalCount`.
 * Use as `@ObjectType() class UserConnection extends Connection(User, 'User') {}`.
 */
export function Connection<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'All items matching the query, across pages.' })
    totalCount!: number;
  }
  return ConnectionType;
}

/** Complexity of a connection field: its children, times the page size asked for. */
export const connectionComplexity = ({ args, childComplexity }: { args: { first?: number }; childComplexity: number }): number =>
  1 + childComplexity * (args.first ?? 20);
