import { reasonsEn } from './reasons.en';
import { reasonsZhCN } from './reasons.zh-CN';
import { auditActionsEn, vocabEn } from './vocabulary.en';
import { auditActionsZhCN, vocabZhCN } from './vocabulary.zh-CN';
import { eventsEn, statesEn } from './workflow.en';
import { eventsZhCN, statesZhCN } from './workflow.zh-CN';

/**
 * The catalogue every area shares: refusal reasons by rule id (`reasons.<rule>`), state and step names
 * (`states.<machine>.<state>`, `events.<machine>.<EVENT>`), vocabularies (`vocab.<name>.<VALUE>`) and the
 * audit trail's platform actions (`audit.actions.<action>`). Merged deep into the i18n resources.
 */
export const catalogZhCN = {
  reasons: reasonsZhCN,
  states: statesZhCN,
  events: eventsZhCN,
  vocab: vocabZhCN,
  audit: { actions: auditActionsZhCN },
};

export const catalogEn: typeof catalogZhCN = {
  reasons: reasonsEn,
  states: statesEn,
  events: eventsEn,
  vocab: vocabEn,
  audit: { actions: auditActionsEn },
};
