import { Injectable, type PipeTransform } from '@nestjs/common';
import { badInput } from '@scrutineer/domain';
import { validate } from 'class-validator';
import { SubmitObservationsInput } from './observation.inputs.js';

/** The batch as the resolver takes it: typed so that the app-wide ValidationPipe leaves it to this pipe. */
export type ObservationBatch = Pick<SubmitObservationsInput, 'observations'>;

/**
 * SubmitObservationsInput's own rules (1 to 1,000 observations), answered as the app-wide pipe answers
 * them. That pipe would first copy the whole batch through class-transformer and walk it twice more
 * (gaps, prototype keys) — a tenth of an intake's time for 1,000 items — though its classes have no
 * rules per item: each observation is checked by the domain (observationProblems) so that one bad item
 * is refused alone. The pipe's check for text that cannot be stored still runs on the whole batch first.
 */
@Injectable()
export class ObservationBatchPipe implements PipeTransform<ObservationBatch, Promise<SubmitObservationsInput>> {
  async transform(value: ObservationBatch): Promise<SubmitObservationsInput> {
    const batch = Object.assign(new SubmitObservationsInput(), { observations: value.observations });
    const errors = await validate(batch, { whitelist: true, validationError: { target: false, value: false } });
    if (errors.length > 0) {
      const fields = errors.map((e) => ({ field: e.property, messages: Object.values(e.constraints ?? {}) }));
      throw badInput(`Invalid input: ${fields.flatMap((f) => f.messages).join('; ')}`, { fields });
    }
    return batch;
  }
}
