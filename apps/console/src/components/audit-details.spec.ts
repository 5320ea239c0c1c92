import { auditDetails } from './audit-details';

/** A stand-in for i18next's t: the key, or the default value, with the options in brackets. */
const t = (key: string, options?: Record<string, unknown>): string => {
  const labels: Record<string, string> = {
    'audit.details.summary': '处理意见',
    'audit.details.finding': '认定',
    'audit.details.role': '角色',
    'audit.details.lock': '登录锁定',
    'audit.details.unlocked': '已解除',
    'audit.details.late': '补录',
    'vocab.field.decidedOn': '决定日期',
    'vocab.finding.SUBSTANTIATED': '属实',
    'roles.INSPECTOR': '纪检监督人员',
    'roles.ADMIN': '系统管理员',
  };
  if (key === 'audit.details.lateLine')
    return `${String(options?.field)} ${String(options?.date)} ${String(options?.days)} ${String(options?.reason)}`;
  return labels[key] ?? (options?.defaultValue as string | undefined) ?? key;
};

describe('an audit entry’s details, readable', () => {
  it('names the decision, its finding and its date, and the date entered late with its reason', () => {
    const lines = auditDetails(
      {
        event: { summary: '反映属实', finding: 'SUBSTANTIATED', decidedOn: '2026-11-16' },
        facts: { anything: 1 },
        lateEntries: [{ field: 'decidedOn', date: '2026-11-16', daysBack: 10, reason: '下乡核查' }],
      },
      t,
    );
    expect(lines).toEqual([
      { label: '处理意见', value: '反映属实' },
      { label: '认定', value: '属实' },
      { label: '决定日期', value: '2026-11-16' },
      { label: '补录', value: '决定日期 2026-11-16 10 下乡核查' },
    ]);
  });

  it('shows an account change from → to, and a lifted lock, never a raw enum', () => {
    const lines = auditDetails(
      { changes: { role: { from: 'INSPECTOR', to: 'ADMIN' }, lockedUntil: { from: '2026-11-26T03:00:00.000Z', to: null } } },
      t,
    );
    expect(lines).toEqual([
      { label: '角色', value: '纪检监督人员 → 系统管理员' },
      { label: '登录锁定', value: '已解除' },
    ]);
  });

  it('says nothing about data it does not understand', () => {
    expect(auditDetails({ facts: { x: 1 }, deadline: 'x' }, t)).toEqual([]);
    expect(auditDetails(null, t)).toEqual([]);
  });
});
