import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { ProfileId } from '@scrutineer/domain';
import { ProfileIdEnum } from '../../graphql/enums.js';

@ObjectType({ description: 'A versioned set of election rules, each number with its source (README: Rule profiles).' })
export class RuleProfile {
  @Field(() => ProfileIdEnum)
  id!: ProfileId;

  @Field(() => Int)
  version!: number;

  @Field({ description: 'In Chinese, e.g. 村民委员会选举.' })
  name!: string;

  @Field({ description: 'Where and when the numbers come from.' })
  source!: string;
}
