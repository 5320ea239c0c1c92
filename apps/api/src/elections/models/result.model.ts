import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The candidates elected to one post.' })
export class ElectedPost {
  @Field()
  post!: string;

  @Field(() => [String])
  candidateIds!: string[];

  electionId!: string;
}

@ObjectType({ description: 'A re-vote owed among candidates tied at the last seat(s) of a post.' })
export class Tie {
  @Field()
  post!: string;

  @Field(() => Int)
  seats!: number;

  @Field(() => [String])
  candidateIds!: string[];

  electionId!: string;
}
