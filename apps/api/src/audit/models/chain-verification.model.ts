import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ChainBreakReason {
  SEQUENCE_GAP = 'SEQUENCE_GAP',
  PREV_HASH_MISMATCH = 'PREV_HASH_MISMATCH',
  HASH_MISMATCH = 'HASH_MISMATCH',
  ANCHORED_ENTRY_MISSING = 'ANCHORED_ENTRY_MISSING',
  ANCHOR_MISMATCH = 'ANCHOR_MISMATCH',
}
registerEnumType(ChainBreakReason, {
  name: 'ChainBreakReason',
  valuesMap: {
    SEQUENCE_GAP: { description: 'An entry is missing before this one.' },
    PREV_HASH_MISMATCH: { description: 'This entry does not point at the hash of the one before it.' },
    HASH_MISMATCH: { description: 'This entry was altered after it was written.' },
    ANCHORED_ENTRY_MISSING: { description: 'An entry an anchor vouched for is gone (the tail was cut).' },
    ANCHOR_MISMATCH: { description: 'An entry differs from what an anchor recorded (the chain was rewritten).' },
  },
});

@ObjectType({ description: 'The first place where the chain does not hold.' })
export class ChainBreak {
  @Field(() => ChainBreakReason)
  reason!: ChainBreakReason;

  @Field(() => Int)
  seq!: number;

  @Field(() => ID, { nullable: true, description: 'The entry that fails; null when it is missing.' })
  entryId!: string | null;

  @Field(() => Int, { nullable: true })
  expectedSeq?: number | null;

  @Field(() => ID, { nullable: true })
  anchorId?: string | null;
}

@ObjectType({ description: 'The result of recomputing a subject’s audit chain.' })
export class ChainVerification {
  @Field(() => ID)
  subjectId!: string;

  @Field()
  valid!: boolean;

  @Field(() => Int)
  entryCount!: number;

  @Field(() => Int, { nullable: true, description: 'The highest entry a periodic anchor vouches for.' })
  anchoredSeq!: number | null;

  @Field(() => ChainBreak, { nullable: true })
  firstBreak!: ChainBreak | null;
}

export enum AnchorBreakReason {
  PREV_DIGEST_MISMATCH = 'PREV_DIGEST_MISMATCH',
  HEADS_MISSING = 'HEADS_MISSING',
  DIGEST_MISMATCH = 'DIGEST_MISMATCH',
}
registerEnumType(AnchorBreakReason, {
  name: 'AnchorBreakReason',
  valuesMap: {
    PREV_DIGEST_MISMATCH: { description: 'This anchor does not follow the one before it.' },
    HEADS_MISSING: { description: 'Chain heads this anchor recorded are gone.' },
    DIGEST_MISMATCH: { description: 'The recorded heads or the anchor itself were altered.' },
  },
});

@ObjectType({ description: 'The first anchor that does not hold.' })
export class AnchorBreak {
  @Field(() => ID)
  anchorId!: string;

  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => AnchorBreakReason)
  reason!: AnchorBreakReason;
}

@ObjectType({ description: 'The result of recomputing the chain of periodic anchors over all audit chains.' })
export class AnchorVerification {
  @Field()
  valid!: boolean;

  @Field(() => Int)
  anchorCount!: number;

  @Field(() => AnchorBreak, { nullable: true })
  firstBreak!: AnchorBreak | null;
}
