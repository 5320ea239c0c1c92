import type { Page } from 'playwright-core';
import { PHONE, newPage, screenshot, seriousA11yViolations, signIn, startConsole, type ConsoleWorld } from './support/browser.js';

/**
 * Waits until the page has no GraphQL request in flight: the console keeps no cache, so each page asks
 * again, and leaving a page mid-request aborts it (which the watched page counts as a problem).
 */
function settler(page: Page): () => Promise<void> {
  let pending = 0;
  const graphql = (url: string) => url.endsWith('/graphql');
  page.on('request', (r) => void (graphql(r.url()) && pending++));
  page.on('requestfinished', (r) => void (graphql(r.url()) && pending--));
  page.on('requestfailed', (r) => void (graphql(r.url()) && pending--));
  return async () => {
    do await page.waitForTimeout(150);
    while (pending > 0);
  };
}

/**
 * The supervision team leader's day: the site where two observers disagree, an order issued from it
 * with its clock, a refusal and a blocked step in Chinese, on a desk and on a phone.
 */
describe('the console: supervision (督导)', () => {
  let world: ConsoleWorld;
  beforeAll(async () => {
    world = await startConsole();
  });
  afterAll(() => world?.close());

  it('shows a leader the conflicting sites, refuses an order to a finished election, issues one from a live conflict and shows its clock', async () => {
    const { page, problems } = await newPage(world);
    const settled = settler(page);
    // Leave a page only once its requests are answered.
    const go = async (path: string) => {
      await settled();
      await page.goto(`${world.base}${path}`);
    };
    await signIn(page, world.base, 'demo-supervisor');
    await page.getByRole('heading', { name: '待办事项' }).waitFor();
    await settled();
    await page.getByText('督导覆盖的选举').click();

    // 现场汇总: both conflicts, red, with what disagrees.
    await page.getByRole('heading', { name: '现场汇总' }).waitFor();
    const east = page.locator('tr.supervision-conflict', { hasText: '东村 村委会大礼堂' });
    await east.getByText('2 项不一致').waitFor();
    await east.getByText('设立秘密写票处并切实使用：回答').waitFor();
    await east.getByText('清点人数，签到登记，应到与实到：实到人数').waitFor();
    const west = page.locator('tr.supervision-conflict', { hasText: '西村 村务公开栏' });
    await west.getByText('1 项不一致').waitFor();
    await west.getByText('候选人公示').waitFor();
    await screenshot(page, 'supervision', 'sites');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The archived election's conflict: an order is refused, with the rule in Chinese.
    await settled();
    await east.getByRole('link', { name: '东村 村委会大礼堂' }).click();
    await page.getByRole('heading', { name: '东村 村委会大礼堂 · 选举大会（投票）' }).waitFor();
    await page.locator('tr.supervision-conflict', { hasText: '设立秘密写票处并切实使用' }).getByText('不一致之处：回答').waitFor();
    await page.getByText('应到人数 1596，实到人数 1410').waitFor();
    await page.getByRole('button', { name: '下发整改通知' }).click();
    const refusedDialog = page.getByRole('dialog', { name: '下发整改通知' });
    await refusedDialog.getByLabel('整改要求').fill('规范设置秘密写票处');
    await refusedDialog.getByRole('button', { name: /提\s*交/ }).click();
    await refusedDialog.getByText('该选举已经结束，没有需要整改的事项').waitFor();
    await screenshot(page, 'supervision', 'site-refused');
    await refusedDialog.getByRole('button', { name: /取\s*消/ }).click();

    // The live one: 西村党支部's publicity board, where the two observers read the board differently.
    await go('/supervision');
    await settled();
    await page.locator('tr.supervision-conflict', { hasText: '西村 村务公开栏' }).getByRole('link', { name: '西村 村务公开栏' }).click();
    await page.getByRole('heading', { name: '西村 村务公开栏 · 候选人公示' }).waitFor();
    await page.getByText('提名候选人、正式候选人公开，考察公示').waitFor();
    await screenshot(page, 'supervision', 'site');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '下发整改通知' }).click();
    const dialog = page.getByRole('dialog', { name: '下发整改通知' });
    await dialog.getByText('西村党支部').waitFor();
    // The due day is checked at once with the domain's rule.
    const due = dialog.locator('input#dueOn');
    await due.fill('2020-01-01');
    await due.press('Enter');
    await dialog.getByText(/整改期限（2020-01-01）已过/).waitFor();
    await due.fill((await page.evaluate('new Date(Date.now() + 8 * 3600e3 + 7 * 86400e3).toISOString().slice(0, 10)')) as string);
    await due.press('Enter');
    await dialog.getByLabel('整改要求').fill('在村务公开栏补充公示候选人考察情况');
    await settled();
    await dialog.getByRole('button', { name: /提\s*交/ }).click();

    // The order, its state and its clock; the election's steps are blocked for a supervisor, with the reason.
    await page.waitForURL(/\/supervision\/orders\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: '整改通知' }).waitFor();
    await page.getByText('在村务公开栏补充公示候选人考察情况').waitFor();
    await page.getByText('已下发', { exact: true }).waitFor();
    await page.getByText('剩 7 天').waitFor();
    const blocked = page.locator('[data-blocked="ACKNOWLEDGE"]');
    expect(await blocked.getAttribute('aria-label')).toMatch(/^签收：只有选举委员会、换届办可以进行此操作/);
    await blocked.hover();
    await page
      .getByRole('tooltip')
      .getByText(/只有选举委员会、换届办可以进行此操作/)
      .waitFor();
    await page.getByRole('button', { name: '变更整改期限' }).waitFor();
    await page.getByRole('button', { name: /撤\s*销/ }).waitFor();
    await screenshot(page, 'supervision', 'order');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The orders list: the new one among the team's, with its clock.
    await go('/supervision/orders');
    await page.getByRole('heading', { name: '整改通知' }).waitFor();
    const row = page.locator('tr', { hasText: '在村务公开栏补充公示候选人考察情况' });
    await row.getByText('剩 7 天').waitFor();
    await page.locator('tr', { hasText: '补充公示起止时间，并设置符合要求的秘密写票处' }).getByText('阻止确认').waitFor();
    await screenshot(page, 'supervision', 'orders');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Observations, filtered by stage; one opened, its checklist answers by name.
    await go('/supervision/observations?stage=ELECTION_MEETING');
    await page.getByRole('heading', { name: '现场记录' }).waitFor();
    await page.getByText('显示 2 条，共 2 条').waitFor();
    await screenshot(page, 'supervision', 'observations');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await go('/supervision/observations?violationCode=SKIPPED_STEP');
    await page.getByText('跳格（程序缺失）·轻微').waitFor();
    await settled();
    await page.locator('tr', { hasText: '跳格（程序缺失）' }).getByRole('link').click();
    await page.getByRole('heading', { name: '现场记录详情' }).waitFor();
    await page.getByText('公示栏未注明公示起止时间').waitFor();
    await page.getByText('候选人名单已张贴，但未写明公示期限。').waitFor();
    await page.getByText('补充公示起止时间，并设置符合要求的秘密写票处').waitFor();
    await screenshot(page, 'supervision', 'observation');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Teams and what they cover.
    await go('/supervision/teams');
    await page.getByRole('heading', { name: '督导组', exact: true }).waitFor();
    await page.getByText('城关镇督导组').waitFor();
    await page.getByText('辖区：城关镇（含下级）').waitFor();
    await screenshot(page, 'supervision', 'teams');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('fits a phone: the site summaries and an order stay readable at 390 px', async () => {
    const { page, problems } = await newPage(world, PHONE);
    const settled = settler(page);
    await signIn(page, world.base, 'demo-observer');
    await page.getByRole('heading', { name: '待办事项' }).waitFor();
    await settled();
    await page.goto(`${world.base}/supervision`);
    await page.locator('tr.supervision-conflict', { hasText: '东村 村委会大礼堂' }).getByText('2 项不一致').waitFor();
    await screenshot(page, 'supervision', 'sites-phone');
    expect((await page.evaluate('document.documentElement.scrollWidth')) as number).toBeLessThanOrEqual(PHONE.width);
    await settled();
    await page.goto(`${world.base}/supervision/orders`);
    await settled();
    await page.getByRole('link', { name: '补充公示起止时间，并设置符合要求的秘密写票处' }).click();
    await page.waitForURL(/\/supervision\/orders\/[0-9a-f-]{36}$/);
    // The order's own page (its step buttons), then its state: the list it came from may still be leaving.
    await page.getByRole('button', { name: '变更整改期限' }).waitFor();
    await page.getByText('已下发', { exact: true }).first().waitFor();
    await screenshot(page, 'supervision', 'order-phone');
    expect((await page.evaluate('document.documentElement.scrollWidth')) as number).toBeLessThanOrEqual(PHONE.width);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
