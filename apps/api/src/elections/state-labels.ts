/** Chinese labels of the election states, for people (the state ids stay English for clients). */
export const ELECTION_STATE_LABELS: Record<string, string> = {
  'active.draft': '草拟',
  'active.awaitingStartApproval': '待批复启动',
  'active.preparation': '准备阶段',
  'active.voterRegistration': '选民登记',
  'active.nomination': '提名候选人',
  'active.qualificationReview': '资格审查',
  'active.candidateApproval': '候选人报批',
  'active.publicity': '公示',
  'active.noticed': '已发布选举公告',
  'active.polling': '投票选举',
  'active.decidingRound': '计票',
  deferred: '暂缓选举',
  suspended: '中止选举',
  failed: '选举未成功',
  resultPending: '结果待批准',
  elected: '当选',
  certified: '已颁发当选证书',
  handedOver: '已交接',
  annulled: '选举无效',
  cancelled: '已取消',
  secretaryDispatched: '上级下派书记',
  archived: '已归档',
};

export const COMPLETED_STATES = ['certified', 'handedOver', 'archived'];

export const stateLabel = (state: string): string => ELECTION_STATE_LABELS[state] ?? state;
