import type { RoundInput, RoundResult } from '@scrutineer/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One polling round: the numbers as recorded and the tally engine's decisions with their reasons. */
@Entity({ name: 'election_rounds' })
export class ElectionRoundEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'election_id' })
  electionId!: string;

  @Column('int')
  number!: number;

  @Column('text')
  kind!: 'REGULAR' | 'EXTRA';

  @Column('boolean')
  revote!: boolean;

  @Column('text')
  outcome!: RoundResult['outcome'];

  @Column('jsonb')
  input!: RoundInput;

  @Column('jsonb')
  result!: RoundResult;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;

  @Column('uuid', { name: 'recorded_by', nullable: true })
  recordedBy!: string | null;
}
