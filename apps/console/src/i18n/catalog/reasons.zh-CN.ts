/**
 * Refusal reasons (拒绝理由), Chinese first: one sentence per rule id, with the rule's numbers from its
 * `values` ({{seats}}, {{needed}} …, exactly those keys). formatReason uses `reasons.<rule>`; where the
 * same rule is given in several places with different numbers and this one lacks some, it uses
 * `<rule>_brief`, which names only the numbers every place gives. Keys are shared with reasons.en.ts.
 */
export const reasonsZhCN = {
  // Who may act, and the runtime's own reasons.
  'actor-role': '只有{{required}}可以进行此操作',
  'system-only': '此步骤由系统自动执行',
  state: '当前状态下不能进行此操作',
  guard: '此步骤的条件尚未满足',

  // Election: start and preparation.
  'start-approval': '此类选举是否须经上级批复后启动，决定了这一步的走向',
  preparation: '筹备工作尚未完成：{{missing}}尚未记录',
  'body-size': '应选 {{seats}} 名，不在本组织规定的 {{min}}–{{max}} 名范围内',
  'secretary-only': '成员 {{memberCount}} 人（少于 {{requiredBelow}} 人），不设委员会，只设书记：应选 1 名，而不是 {{seats}} 名',

  // Voter registration (选民登记).
  'voter-roll': '此类选举是否公布选民名单，决定了筹备完成后的下一步',
  'roll-published': '选民名单已于 {{publishedOn}} 公布',
  'roll-unpublished': '选民名单尚未公布，请先公布选民名单',
  'objection-window':
    '对选民名单的异议应在名单公布（{{publishedOn}}，登记较晚的自登记之日起算）后 {{days}} 日内、即 {{until}} 前提出；本异议收到日期为 {{receivedOn}}',
  'objection-unknown': '没有第 {{objection}} 号异议',
  'objection-answered': '第 {{objection}} 号异议已于 {{answeredOn}} 答复',
  'objection-window-open': '异议期尚未届满：{{until}} 前仍可对选民名单提出异议',
  'objections-open': '尚有 {{open}} 件对选民名单的异议未答复',
  'objection-late': '选民名单于 {{publishedOn}} 公布，异议应于 {{last}} 前提出；本件收到日期为 {{receivedOn}}',

  // Nomination (提名).
  'nomination-closed': '只有在提名阶段才能提名，选举当前处于“{{state}}”',
  'unknown-post': '本次选举没有“{{post}}”这一职位；现有职位：{{posts}}',
  'post-filled': '{{post}}已没有空缺名额：现在只补足空缺',
  route: '按本次选举的规则，不能以{{route}}方式提名（可用方式：{{routes}}）',
  'self-nomination-closed': '自荐已于选举日前 {{days}} 日截止',
  'mass-nomination-closed': '海推已于选举日前 {{days}} 日截止',
  'mass-after-self':
    '{{post}}：已有 {{selfNominees}} 名选民自荐，{{seats}} 个名额实行差额选举需要 {{enough}} 名，已经足够；只有自荐人数不足时才能海推',
  'mass-participation-missing': '请填写亲自参加海推投票的选民人数',
  'mass-participation-inconsistent': '参加海推的选民 {{voters}} 人，但选民名单只有 {{registered}} 人',
  'mass-participation': '海推：登记选民 {{registered}} 人，亲自参加 {{voters}} 人，至少需要 {{needed}} 人',
  'initial-list': '{{post}}：应选 {{seats}} 名，现有提名人选 {{nominees}} 名；初步人选须按 1:{{ratio}} 的比例产生，至少需要 {{needed}} 名',
  'candidate-margin': '{{post}}：应选 {{seats}} 名，现有候选人 {{candidates}} 名；实行差额选举，候选人至少需要 {{needed}} 名',

  // Qualification review, approval, publicity (资格审查, 候选人审批, 公示).
  'review-pending': '{{post}}：尚有 {{pending}} 名候选人未完成资格审查',
  'candidate-approval': '此类选举的候选人名单是否须报上级审批，决定了资格审查完成后的下一步',
  'candidates-not-formal': '{{post}}：尚有 {{pending}} 名候选人未确定为正式候选人，请先确认或记录审查结果',
  commitments: '尚有 {{missing}} 名候选人未签订竞职承诺书和辞职承诺书',
  'notice-days':
    '选举公告须在选举日（{{electionDay}}）前至少 {{required}} 日张贴；本公告张贴于 {{postedOn}}，自 {{countsFrom}} 起计算，距选举日只有 {{days}} 日',
  ineligible: '有 {{findings}} 项不能担任的情形，不能通过资格审查',
  'needs-note': '有 {{findings}} 项须说明的情形（不宜列为候选人或须经批准）：请在备注中写明理由及批准情况',
  'review-level': '{{level}}不是本规则规定的审查层级（{{levels}}）',
  'review-order': '资格审查须逐级进行：下一步应为{{next}}，而不是{{level}}',
  'review-levels-left': '本级审查已通过，还须经过：{{left}}',
  'review-final': '本次审查通过即完成全部资格审查',
  'election-state': '选举当前处于“{{electionState}}”阶段，此时不能进行这一步',

  // Election day, polling and counting (选举日, 投票, 计票).
  'reschedule-past': '选举日 {{electionDay}} 已过（今天是 {{today}}）',
  'election-day-past': '选举日 {{electionDay}} 已过（今天是 {{today}}）',
  'reschedule-nomination-window':
    '{{route}}在选举日前 {{days}} 日截止：选举日改为 {{electionDay}} 后应于 {{closes}} 截止，但已有 {{nominations}} 人在此之后以该方式提名（最晚为 {{latest}}）',
  'before-election-day': '投票须在选举日（{{electionDay}}）开始，今天是 {{today}}',
  'secret-booth': '投票开始前须设立秘密写票处',
  'attendance-missing': '投票开始前须清点应到会人数和实到会人数',
  'attendance-inconsistent': '实到会人数（{{present}}）多于应到会人数（{{entitled}}）',
  quorum: '未达到法定人数：应到会 {{entitled}} 人，实到会 {{present}} 人，至少需要 {{needed}} 人',
  quorum_brief: '法定人数：基数 {{base}} 人，实到（或参加投票）{{counted}} 人，至少需要 {{needed}} 人',
  'round-inconsistent': '本轮计票数字有 {{problems}} 处前后不符，请核对后重新录入',
  'round-registered': '选民名单登记选民 {{roll}} 人，而本轮填报为 {{round}} 人',
  'round-entitled': '投票开始时清点的应到会人数为 {{counted}} 人，而本轮填报为 {{round}} 人',
  'revote-owed': '须先在得票相等的候选人中重新投票：{{posts}}',
  'revote-post': '{{post}}无须重新投票',
  'revote-seats': '{{post}}：重新投票的名额为 {{seats}} 名',
  'revote-kind': '{{post}}：得票相等出现在{{kind}}中，重新投票也应为{{kind}}',
  'revote-candidates': '{{post}}：重新投票只能在得票相等的候选人中进行',
  'revote-not-owed': '没有需要重新投票的得票相等情况，请录入正常轮次',
  'round-kind': '本轮应为{{expected}}',
  'round-post': '{{post}}没有空缺名额',
  'round-seats': '{{post}}：空缺 {{open}} 名，而不是 {{seats}} 名',
  'round-candidates': '{{post}}：有 {{candidates}} 人的得票不属于仍在选的正式候选人',
  'round-posts': '本轮须包括所有仍有空缺名额的职位：{{posts}}',
  'ballots-returned': '发出选票 {{ballotsIssued}} 张，收回 {{ballotsReturned}} 张（收回多于发出的，本轮选举无效）',
  'proxy-not-allowed': '有 {{byProxy}} 人委托投票，而本规则不允许委托投票',
  'proxy-cap': '一名受托人接受了 {{maxProxiesPerHolder}} 人的委托，最多允许 {{cap}} 人',
  'mobile-box-not-allowed': '有 {{byMobileBox}} 人通过流动票箱投票，而本规则禁止使用流动票箱',
  'election-threshold': '{{post}}：应选 {{seats}} 名，以至少 {{minimum}} 票当选 {{elected}} 名；得票相等 {{tied}} 人，空缺 {{unfilled}} 名',
  'extra-round-threshold':
    '{{post}}（另行选举）：应选 {{seats}} 名，以至少 {{minimum}} 票当选 {{elected}} 名；得票相等 {{tied}} 人，空缺 {{unfilled}} 名',

  // Result, certificate, handover and side paths (当选证书, 交接, 暂缓, 下派 …).
  'open-blockers': '须先办结：{{complaintCases}} 件阻止确认的信访案件、{{rectificationOrders}} 份整改通知（{{references}}）',
  composition: '当选班子有 {{targets}} 项必须达到的结构要求未达到',
  'polling-begun': '投票已于 {{pollingOpenedOn}} 开始，应改为中止选举',
  'not-polled': '本次选举尚未投票：可取消或恢复选举；只有已经投票的选举才能宣布无效',
  'dispatch-party-only': '只有党组织才能由上级下派书记',
  handover: '此类选举是否须工作交接，决定了颁发当选证书后的下一步（须交接的，先完成交接）',
  'result-approval': '此类选举的选举结果无须上级批准即生效',

  // Dates people give (补录 and the limits of belief).
  'date-implausible': '{{field}}（{{date}}）明显不合理，请检查年份',
  'date-future': '{{field}}（{{date}}）晚于今天（{{today}}）：事项发生后才能记录',
  'date-before': '{{field}}（{{date}}）早于{{boundStep}}的日期（{{bound}}）',
  'date-after': '{{field}}（{{date}}）晚于{{boundStep}}的日期（{{bound}}）',
  'late-entry-reason': '{{field}}（{{date}}）比记录之日（{{today}}）早 {{days}} 日；超过 {{lateEntryDays}} 日的补录须写明理由',
  'due-past': '{{field}}（{{date}}）已过（今天是 {{today}}）',

  // Complaint and petition cases (信访工作条例).
  'no-acceptance': '此类案件没有受理环节',
  'no-review': '此类案件没有复查环节',
  'no-extension': '此类案件不能延期',
  'extension-used': '办理期限已于 {{extendedOn}} 延长过，只能延长一次',
  'extension-days': '延期应为 1 至 {{max}} 日，而不是 {{days}} 日',
  'extension-late': '办理期限已于 {{dueOn}} 届满；延期须在期限届满前批准（批准日期为 {{approvedOn}}）',
  'extension-approver': '延期须由本案承办人以外的人员批准',
  'extension-reason': '请写明延期理由：将告知信访人',
  'assignee-approved-extension': '批准本案延期的人员不能担任本案承办人',
  unassigned: '请先将案件分配给承办人',
  finding: '请记录核查结论：属实、部分属实或不属实',
  'remedy-finding': '只有核查属实或部分属实时才能作出处理措施',
  'remedy-subject': '“{{remedy}}”要求案件涉及具体的候选人或选举',
  'window-closed': '申请期限已过：收到日期为 {{receivedOn}}，应于 {{dueOn}} 前提出',
  'window-closed_brief': '{{step}}的期限已过',
  'overdue-backdated': '{{step}}已在 {{dueOn}} 之后被标记为超期；现在填写该日或之前的日期（{{date}}）须写明理由',
  'matter-final': '同一事项的案件 {{trackingCode}} 已经复核终结，不再受理',
  'merge-into-merged': '案件 {{trackingCode}} 本身已被合并，请合并到它所跟随的案件',
  'merge-into-ended': '案件 {{trackingCode}} 当前为“{{state}}”，已不再办理，不能合并到该案件',

  // Supervision and rectification (督导, 整改).
  'not-in-team': '只有发出该整改通知的督导组成员才能进行此操作',
  evidence: '请说明整改情况并附上证据',
  'election-over': '该选举已经结束，没有需要整改的事项',
  'present-over-entitled': '实到 {{present}} 人，多于应到 {{entitled}} 人',
  'ballots-issued-not-present': '发出选票 {{ballotsIssued}} 张，与到会人数 {{present}} 人不符',
  'ballots-returned-over-issued': '收回选票 {{ballotsReturned}} 张，多于发出的 {{ballotsIssued}} 张',
  'proxies-over-cap': '一名受托人接受了 {{proxiesHeld}} 人的委托，超过现场规定的 {{maxProxiesPerHolder}} 人',
  'proxies-over-recorded-cap': '一名受托人接受了 {{proxiesHeld}} 人的委托，超过选举规则允许的 {{recordedCap}} 人',
  'recorded-cap-differs': '现场规定每人最多接受 {{maxProxiesPerHolder}} 人委托，而本次选举规则规定为 {{recordedCap}} 人',
  'recorded-entitled-differs': '应到人数：现场清点 {{observed}} 人，选举记录为 {{recorded}} 人',
  'recorded-present-differs': '实到人数：现场清点 {{observed}} 人，选举记录为 {{recorded}} 人',
  'recorded-ballotsIssued-differs': '发出选票：现场清点 {{observed}} 张，选举记录为 {{recorded}} 张',
  'same-number-differs': '{{field}}在“{{firstItem}}”中为 {{first}}，在“{{otherItem}}”中为 {{other}}，前后不一致',
  'same-number-differs_brief': '同一数字在两个检查项中填写不一致',

  // Eligibility findings (资格审查结论).
  'max-age': '选举日时年龄 {{age}} 岁，超过 {{limit}} 岁',
  'new-member-max-age': '年龄 {{age}} 岁；新进人员一般不超过 {{limit}} 岁',
  'party-age': '党龄 {{partyYears}} 年，须满 {{required}} 年',
  'exclusion-criminal-sentence': '{{kind}}未满 {{years}} 年（已过：{{yearsPassed}}）',
  'exclusion-reeducation': '{{kind}}未满 {{years}} 年（已过：{{yearsPassed}}）',
  'exclusion-family-planning': '{{kind}}未满 {{years}} 年（已过：{{yearsPassed}}）',
  'exclusion-gang-related': '{{kind}}未满 {{years}} 年（已过：{{yearsPassed}}）',
  'exclusion-serious-sanction': '{{kind}}未满 {{years}} 年（已过：{{yearsPassed}}）',

  // Administration.
  'own-account': '不能修改自己账户的角色、辖区或启用状态，请由其他管理员办理',
  'child-level': '{{childLevel}}不能设在{{parentLevel}}之下：下级区划的层级必须低于上级',
};

export type ReasonId = keyof typeof reasonsZhCN;
