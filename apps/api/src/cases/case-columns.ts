import type { CaseEntity } from '@scrutineer/db';

/**
 * The columns each Case field reads: its own for the model's plain fields, and those of resolved fields
 * that read no more than columns (CasesResolver). A field not listed here (the snapshot's: clocks,
 * assignee, notes …; availableActions, duplicates) needs the whole row. Kept in step with the resolver by
 * test/e2e/cheap-reads.e2e.spec.ts, which reads every listed field both ways.
 */
export const CASE_FIELD_COLUMNS = {
  id: ['id'],
  version: ['version'],
  trackingCode: ['trackingCode'],
  kind: ['kind'],
  channel: ['channel'],
  category: ['category'],
  state: ['state'],
  title: ['title'],
  body: ['body'],
  anonymous: ['anonymous'],
  filedByPublic: ['filedByPublic'],
  receivedOn: ['receivedOn'],
  repliedOn: ['repliedOn'],
  level: ['level'],
  highestLevel: ['highestLevel'],
  crossLevel: ['crossLevel'],
  blocking: ['blocking'],
  dueOn: ['dueOn'],
  overdue: ['overdue'],
  finding: ['finding'],
  createdAt: ['createdAt'],
  updatedAt: ['updatedAt'],
  candidateId: ['candidateId'],
  unit: ['jurisdictionId'],
  supervisingUnit: ['supervisingJurisdictionId'],
  election: ['electionId'],
  daysLeft: ['dueOn'],
  links: ['id'],
  deadlines: ['id'],
  history: ['id'],
  attachments: ['id'],
} satisfies Record<string, readonly (keyof CaseEntity)[]>;

/** The columns these fields read (with the jurisdiction, which scoping reads), or undefined when one needs the whole row. */
export function caseColumnsFor(fields: ReadonlySet<string>): Set<string> | undefined {
  const columns = new Set<string>(['id', 'jurisdictionId']);
  for (const field of fields) {
    if (!Object.hasOwn(CASE_FIELD_COLUMNS, field)) return undefined;
    for (const column of CASE_FIELD_COLUMNS[field as keyof typeof CASE_FIELD_COLUMNS]) columns.add(column);
  }
  return columns;
}
