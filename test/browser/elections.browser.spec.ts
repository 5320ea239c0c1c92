import type { Page } from 'playwright-core';
import {
  PHONE,
  dialogsSettled,
  newPage,
  screenshot,
  seriousA11yViolations,
  signIn,
  startConsole,
  shanghaiDay,
  type ConsoleWorld,
} from './support/browser.js';

const today = () => shanghaiDay();

/** The open step form (a dialog) and its submit button. */
const dialog = (page: Page) => page.getByRole('dialog');
async function submitDialog(page: Page, name: RegExp = /提\s*交/): Promise<void> {
  await dialogsSettled(page);
  await dialog(page).getByRole('button', { name }).click();
}

/**
 * The election office's console: the campaign board, the elections table, and one election (西村党支部 of
 * the demo, notice posted, polling in three days) driven by its buttons through a voting round.
 */
describe('the console: campaigns and elections', () => {
  let world: ConsoleWorld;
  beforeAll(async () => {
    world = await startConsole();
  });
  afterAll(() => world?.close());

  it('shows the campaign board and the elections table, filtered from the home page', async () => {
    const { page, problems } = await newPage(world);
    await signIn(page, world.base, 'demo-office');
    await page.getByRole('menuitem', { name: '换届工作' }).click();
    await page.getByRole('heading', { name: '换届工作' }).waitFor();
    await screenshot(page, 'elections', 'board');
    await page.getByText('城关镇第十届村（社区）两委换届').waitFor();
    await page.getByRole('heading', { name: '按阶段' }).waitFor();
    await page.getByRole('heading', { name: '超期环节' }).waitFor();
    await screenshot(page, 'elections', 'board');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The home page's tile lands on the table, filtered to what is overdue.
    await page.waitForLoadState('networkidle');
    await page.goto(`${world.base}/`);
    await page.waitForLoadState('networkidle');
    await page.getByText('有超期环节的选举').click();
    await page.waitForURL(/\/elections\?overdue=true/);
    await page.getByRole('switch', { name: '只看有超期环节的' }).waitFor();
    expect(await page.getByRole('switch', { name: '只看有超期环节的' }).getAttribute('aria-checked')).toBe('true');

    await page.waitForLoadState('networkidle');
    await page.goto(`${world.base}/elections?state=active.`);
    await page.getByRole('link', { name: '西村党支部' }).waitFor();
    await page.getByRole('link', { name: '南村村民委员会' }).waitFor();
    expect(await page.getByRole('link', { name: '东村村民委员会' }).count()).toBe(0);
    await page.waitForLoadState('networkidle');
    await page.goto(`${world.base}/elections`);
    await page.getByRole('link', { name: '东村村民委员会' }).waitFor();
    await page.getByText('已归档').first().waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'elections', 'table');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // 南村 is nominating: its nominees wait for the qualification review, which starts once nomination closes.
    await page.waitForLoadState('networkidle');
    await page.getByRole('link', { name: '南村村民委员会' }).click();
    await page.getByRole('heading', { name: '南村村民委员会' }).waitFor();
    await page.getByText('谢军').waitFor();
    // Nomination cannot close: one nominee for 主任 breaks the 差额 (more candidates than seats).
    expect(await page.locator('[data-blocked="CLOSE_NOMINATION"]').getAttribute('aria-label')).toBe(
      '结束提名：主任：应选 1 名，现有候选人 1 名；实行差额选举，候选人至少需要 2 名（依据：seed 000 L48）',
    );
    // 唐亮 is over 60 on election day: his review may pass only with a note on the approval relied on.
    const tang = page.getByRole('row', { name: /唐亮/ });
    await tang.getByText('须经上级批准').waitFor();
    await tang.getByRole('button', { name: '开始资格审查' }).click();
    await submitDialog(page);
    await dialog(page).waitFor({ state: 'detached' });
    await tang.getByText('资格审查中').waitFor();
    // Approved without a note: refused, in Chinese; with the note the 初审 passes.
    await tang.getByRole('button', { name: '审查通过' }).click();
    await submitDialog(page);
    await dialog(page)
      .getByText(/有 1 项须说明的情形（不宜列为候选人或须经批准）：请在备注中写明理由及批准情况/)
      .waitFor();
    await dialog(page).getByLabel(/说明/).fill('经镇党委研究同意，年龄放宽至 65 岁');
    await submitDialog(page);
    await dialog(page).waitFor({ state: 'detached' });
    await tang.getByText(/乡镇\(街道\)初审：通过（经镇党委研究同意/).waitFor();
    await screenshot(page, 'elections', 'election-nominating');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('drives 西村党支部 through a round: a blocked step says why, a refused one too, the tally is previewed as typed', async () => {
    const { page, problems } = await newPage(world);
    await signIn(page, world.base, 'demo-office');
    await page.getByRole('heading', { name: '待办事项' }).waitFor();
    // The home page's own requests finish first: leaving while they run would abort them.
    await page.waitForLoadState('networkidle');
    await page.goto(`${world.base}/elections`);
    await page.getByRole('link', { name: '西村党支部' }).waitFor();
    // The list's own requests finish first: leaving while they run aborts them (a failed request).
    await page.waitForLoadState('networkidle');
    await page.getByRole('link', { name: '西村党支部' }).click();
    await page.getByRole('heading', { name: '西村党支部' }).waitFor();
    await page.getByText('选举流程').waitFor();
    // The lifecycle drawn from the machine, the current phase marked.
    expect(await page.locator('[aria-current="step"]').innerText()).toContain('已发布公告');
    await page.getByText('何平').first().waitFor();
    await page.getByText('阻止颁发当选证书的事项').waitFor();

    // Polling opens on election day, three days ahead: the button is disabled and says so in Chinese.
    const blocked = page.locator('[data-blocked="OPEN_POLLING"]');
    await blocked.waitFor();
    expect(await blocked.getAttribute('aria-label')).toMatch(
      /^开始投票：投票须在选举日（\d{4}-\d{2}-\d{2}）开始，今天是 \d{4}-\d{2}-\d{2}/,
    );
    await blocked.hover();
    await page
      .getByRole('tooltip')
      .getByText(/投票须在选举日/)
      .waitFor();
    await screenshot(page, 'elections', 'election-noticed');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Move election day to today (a Party branch has no minimum notice period).
    await page.getByRole('button', { name: '变更选举日' }).click();
    await dialog(page).getByLabel('选举日').fill(today());
    await dialog(page).getByLabel('选举日').press('Enter');
    await dialog(page).getByLabel('理由').fill('上级党委安排提前召开党员大会');
    await submitDialog(page);
    await dialog(page).waitFor({ state: 'detached' });

    await screenshot(page, 'elections', 'rescheduled');
    // Opening with 35 of 55 present is refused: the quorum is more than four fifths (45).
    await page.getByRole('button', { name: '开始投票' }).click();
    await dialog(page).getByLabel('应到会人数').fill('55');
    await dialog(page).getByLabel('实到会人数').fill('35');
    await dialog(page).getByLabel('已设立秘密写票处').check();
    await submitDialog(page);
    await dialog(page).getByText('未达到法定人数：应到会 55 人，实到会 35 人，至少需要 45 人').waitFor();
    await screenshot(page, 'elections', 'open-polling-refused');
    await dialog(page).getByLabel('实到会人数').fill('50');
    await submitDialog(page);
    await dialog(page).waitFor({ state: 'detached' });
    await page.locator('[aria-current="step"]', { hasText: '投票' }).waitFor();

    // The round: the preview follows the numbers as they are typed.
    await page.getByRole('button', { name: '录入计票结果' }).click();
    await dialog(page).getByText('填写全部数字后显示预览').waitFor();
    await dialog(page).getByLabel('应到会人数').fill('55');
    await dialog(page).getByLabel('本人到会').fill('50');
    await dialog(page).getByLabel('发出选票').fill('50');
    await dialog(page).getByLabel('收回选票').fill('50');
    const votes: [string, string][] = [
      ['何平', '45'],
      ['高洁', '40'],
      ['林峰', '20'],
      ['罗霞', '20'],
      ['梁斌', '5'],
      ['宋雨', '3'],
    ];
    for (const [name, n] of votes) await dialog(page).getByLabel(name, { exact: true }).fill(n);
    const preview = dialog(page).getByTestId('tally-preview');
    await preview.getByText('尚有空缺或得票相等').waitFor();
    await preview.getByText('委员：至少 28 票').waitFor();
    await preview.getByText(/法定人数：基数 55 人，实到（或参加投票）50 人，至少需要 45 人/).waitFor();
    await preview.getByText('委员：应选 3 名，候选人 6 名（至少 4 名） · 符合').waitFor();
    await preview.getByText('预计当选：何平（45）、高洁（40）').waitFor();
    // 林峰 and 罗霞 fall below 过半数: one seat left for another round. Typed again, 林峰 is elected.
    await dialog(page).getByLabel('林峰', { exact: true }).fill('35');
    await preview.getByText('名额全部选出').waitFor();
    await preview.getByText('预计当选：何平（45）、高洁（40）、林峰（35）').waitFor();
    // Numbers that cannot be true are named before the server is asked.
    await dialog(page).getByLabel('无效选票').fill('60');
    await dialog(page).getByText('无效选票 60 张，多于收回的 50 张').waitFor();
    await dialog(page).getByLabel('无效选票').fill('0');
    await preview.getByText('名额全部选出').waitFor();
    await screenshot(page, 'elections', 'round-entry');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await submitDialog(page, /提交计票结果/);
    await dialog(page).waitFor({ state: 'detached' });

    // A Party branch's result waits for the upper Party committee: the office approves it.
    await page.locator('[aria-current="step"]', { hasText: '选举结果待批准' }).waitFor();
    await page.getByText('第 1 轮 · 正式选举').waitFor();
    await page.getByRole('button', { name: '批准选举结果', exact: true }).click();
    await dialog(page).getByText('确认进行“批准选举结果”？').waitFor();
    await submitDialog(page);
    await dialog(page).waitFor({ state: 'detached' });
    await page.locator('[aria-current="step"]', { hasText: '已选出' }).waitFor();
    await page.getByText('当选').first().waitFor();
    await screenshot(page, 'elections', 'election-elected');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('fits a phone: the committee reads an election and its lifecycle on 390 px', async () => {
    const { page, problems } = await newPage(world, PHONE);
    await signIn(page, world.base, 'demo-committee');
    await page.getByRole('heading', { name: '待办事项' }).waitFor();
    // The home page's own requests finish first: leaving while they run would abort them.
    await page.waitForLoadState('networkidle');
    await page.goto(`${world.base}/elections`);
    await page.getByRole('link', { name: '城关社区居民委员会' }).waitFor();
    // The list's own requests finish first: leaving while they run aborts them (a failed request).
    await page.waitForLoadState('networkidle');
    await page.getByRole('link', { name: '城关社区居民委员会' }).click();
    await page.getByRole('heading', { name: '城关社区居民委员会' }).waitFor();
    expect(await page.locator('[aria-current="step"]').innerText()).toContain('选民登记');
    // Its rules need no start approval: that state was never passed, and the diagram says so.
    await page.locator('li', { hasText: '待批复（未经过）' }).waitFor();
    // The history, readable: the objection recorded today by the committee.
    await page
      .locator('.ant-timeline')
      .getByText(/demo-committee（选举委员会）：登记异议/)
      .waitFor();
    await page.getByRole('button', { name: '答复异议' }).waitFor();
    // The committee does not see what blocks certification (election.blockers is not theirs).
    expect(await page.getByText('阻止颁发当选证书的事项').count()).toBe(0);
    await screenshot(page, 'elections', 'election-phone');
    const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
    expect(width).toBeLessThanOrEqual(PHONE.width);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
