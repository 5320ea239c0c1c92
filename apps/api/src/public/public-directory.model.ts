import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { JurisdictionLevel } from '@scrutineer/domain';
import { JurisdictionLevelEnum } from '../graphql/enums.js';

@ObjectType({ description: 'A place as the public picks it: its name and level, nothing else.' })
export class PublicPlace {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => JurisdictionLevelEnum)
  level!: JurisdictionLevel;

  @Field({ description: 'The names from the top down, e.g. 某市 / 某县 / 某镇 / 某村, to tell places of one name apart.' })
  fullName!: string;

  @Field({ description: 'Whether places lie below it.' })
  hasChildren!: boolean;
}

@ObjectType({ description: 'An election as the public names it: which body, and the year.' })
export class PublicElection {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'e.g. 东村村民委员会 2026年换届选举' })
  name!: string;
}
