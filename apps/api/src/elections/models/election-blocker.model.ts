import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumObject } from '../../graphql/enums.js';

export const ElectionBlockerKindEnum = enumObject(['COMPLAINT_CASE', 'RECTIFICATION_ORDER'] as const);
registerEnumType(ElectionBlockerKindEnum, { name: 'ElectionBlockerKind', description: 'What holds up a certification.' });

@ObjectType({
  description:
    'Something holding up the election’s certification: a blocking complaint case (tracking code and category, never the complainant) or a rectification order, with the rule that makes it block. Readable by the election office (even where it may not read the case), inspectors and petition handlers.',
})
export class ElectionBlocker {
  @Field(() => ElectionBlockerKindEnum)
  kind!: string;

  @Field({ description: 'The case’s tracking code, or the order’s reference (整改-…).' })
  reference!: string;

  @Field({ description: 'The case’s category, or what the order requires (abridged).' })
  summary!: string;

  @Field()
  state!: string;

  @Field({ description: 'Received (case) or issued (order), YYYY-MM-DD.' })
  since!: string;

  @Field(() => String, { nullable: true })
  dueOn!: string | null;

  @Field({ description: 'Why it blocks.' })
  rule!: string;

  @Field()
  citation!: string;
}
