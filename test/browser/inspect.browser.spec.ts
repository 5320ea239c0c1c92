import {
  PHONE,
  newPage,
  screenshot,
  shanghaiDay,
  seriousA11yViolations,
  signIn,
  startConsole,
  type ConsoleWorld,
} from './support/browser.js';

/** The inspector: any object's audit trail with its chain verified, late entries, statistics with charts. */
describe('the console: inspector', () => {
  let world: ConsoleWorld;
  beforeAll(async () => {
    world = await startConsole();
    // A handler records a decision taken ten days ago, only now, with the reason (补录).
    const token = await world.t.login('demo-petitions', 'scrutineer-demo');
    const found = await world.t.gql<{ cases: { edges: { node: { id: string; version: number } }[] } }>(
      'query { cases(search: "南村自荐报名", first: 1) { edges { node { id version } } } }',
      {},
      token,
    );
    const kase = found.data!.cases.edges[0]!.node;
    const decided = await world.t.gql(
      'mutation ($input: DecideCaseInput!) { decideCase(input: $input) { id } }',
      {
        input: {
          id: kase.id,
          expectedVersion: kase.version,
          finding: 'PARTLY_SUBSTANTIATED',
          summary: '报名时间确实偏短，已责成选委会延长报名。',
          decidedOn: shanghaiDay(-10),
          lateReason: '承办人下乡核查，回单位后补录',
        },
      },
      token,
    );
    expect(decided.errors).toBeUndefined();
  });
  afterAll(() => world?.close());

  it("opens an election's audit trail, verifies its chain and sees the valid badge in Chinese", async () => {
    const { page, problems } = await newPage(world);
    await signIn(page, world.base, 'demo-inspector');
    await page.getByRole('menuitem', { name: '审计追溯' }).click();
    await page.getByRole('heading', { name: '审计追溯' }).waitFor();
    await page.getByText('请先查找或选择一个对象').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Pick an election from the list: its history, readable, with state names in Chinese.
    await page.getByRole('combobox', { name: '选举' }).click();
    await page.getByRole('combobox', { name: '选举' }).fill('西村村民委员会');
    await page.keyboard.press('Enter');
    await page.waitForURL(/subject=/);
    await page.getByText(/共 \d+ 条操作记录/).waitFor();
    await page.getByRole('cell', { name: '创建', exact: false }).first().waitFor();
    await page.getByRole('button', { name: /校验哈希链/ }).click();
    await page.getByText(/链完整：\d+ 条记录/).waitFor();
    await screenshot(page, 'inspect', 'audit-election');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A case found by its tracking code typed into the search box.
    const code = (await world.t.dataSource.query(`SELECT tracking_code FROM cases WHERE title = '西村主任选举计票有误'`)) as {
      tracking_code: string;
    }[];
    await page.getByRole('searchbox', { name: '查找对象' }).fill(code[0]!.tracking_code.toLowerCase());
    await page.getByRole('button', { name: /查\s*找/ }).click();
    await page.locator('.ant-descriptions').getByText(`${code[0]!.tracking_code} 西村主任选举计票有误`).waitFor();
    await page.getByText('信访案件', { exact: true }).first().waitFor();
    // The details of a step read as sentences: the reply's text, not a JSON payload.
    await page
      .getByRole('button', { name: /展开行|Expand row/ })
      .last()
      .click();
    await page.getByText('经核查，计票过程公开透明，所反映问题不属实。').waitFor();
    await page.getByRole('button', { name: /校验哈希链/ }).click();
    await page.getByText(/链完整：\d+ 条记录/).waitFor();
    await screenshot(page, 'inspect', 'audit-case');

    // Something that is not there is said so.
    await page.getByRole('searchbox', { name: '查找对象' }).fill('XF-NOPE-0000');
    await page.getByRole('button', { name: /查\s*找/ }).click();
    await page.getByText('未找到与“XF-NOPE-0000”对应的对象').waitFor();
    expect(problems).toEqual([]);
  });

  it('lists late entries and shows statistics with charts, filtered by place', async () => {
    const { page, problems } = await newPage(world);
    await signIn(page, world.base, 'demo-inspector');
    await page.getByRole('menuitem', { name: '补录记录' }).click();
    await page.getByRole('heading', { name: '补录记录' }).waitFor();
    await page.getByRole('columnheader', { name: '补录说明' }).waitFor();
    const late = page.getByRole('row', { name: /承办人下乡核查，回单位后补录/ });
    await late.getByText('作出处理意见').waitFor();
    await late.getByText('决定日期').waitFor();
    await late.getByText('10 天').waitFor();
    await late.getByText('demo-petitions').waitFor();
    await screenshot(page, 'inspect', 'late-entries');
    expect(await seriousA11yViolations(page)).toEqual([]);
    // Its history: the step is marked 补录 and says why.
    await late.getByRole('link', { name: '操作记录' }).click();
    await page.getByRole('heading', { name: '审计追溯' }).waitFor();
    await page.getByRole('cell', { name: /作出处理意见\s*补录/ }).waitFor();
    await page
      .getByRole('button', { name: /展开行|Expand row/ })
      .last()
      .click();
    await page.getByText(/决定日期 \d{4}-\d{2}-\d{2}（晚 10 天录入），说明：承办人下乡核查，回单位后补录/).waitFor();
    await screenshot(page, 'inspect', 'audit-late');

    await page.getByRole('menuitem', { name: '统计' }).click();
    await page.getByRole('heading', { name: '统计分析' }).waitFor();
    await page.getByText('办结率').waitFor();
    await page.getByRole('heading', { name: '督导覆盖' }).waitFor();
    await page.getByRole('heading', { name: '换届进度' }).waitFor();
    await page.getByRole('img', { name: '按来源渠道' }).locator('svg.recharts-surface').waitFor();
    await page.getByRole('img', { name: '各环节按期办理情况' }).waitFor();
    await page.getByText('来访').first().waitFor();
    // The same figures as a table.
    await page.getByText('表格', { exact: true }).first().click();
    await page.getByRole('columnheader', { name: '按来源渠道' }).waitFor();
    await screenshot(page, 'inspect', 'statistics');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Narrowed to one village: 东村 has only the enquiry not accepted.
    await page.getByRole('combobox', { name: '辖区' }).click();
    await page.getByTitle('东村').click();
    await page.getByText('不予受理').first().waitFor();
    expect(problems).toEqual([]);
  });

  it('fits statistics on a 390-px phone', async () => {
    const { page, problems } = await newPage(world, PHONE);
    await signIn(page, world.base, 'demo-inspector');
    // Within the app (no reload: the home page's requests are not cut off).
    await page.evaluate("history.pushState(null, '', '/statistics'); dispatchEvent(new PopStateEvent('popstate'))");
    await page.getByRole('heading', { name: '统计分析' }).waitFor();
    await page.getByRole('img', { name: '按来源渠道' }).locator('svg.recharts-surface').waitFor();
    await screenshot(page, 'inspect', 'statistics-phone');
    const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
    expect(width).toBeLessThanOrEqual(PHONE.width);
    expect(problems).toEqual([]);
  });
});
