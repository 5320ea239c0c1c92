import type { Page } from 'playwright-core';
import {
  PHONE,
  dialogsSettled,
  newPage,
  screenshot,
  seriousA11yViolations,
  signIn,
  startConsole,
  type ConsoleWorld,
} from './support/browser.js';

/**
 * Sign in and let the home page's own queries answer: leaving it while they run would abort them, and an
 * aborted request counts as a page problem. (The login page's network-idle state does not cover them.)
 */
async function signInSettled(page: Page, base: string, username: string): Promise<void> {
  const home = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('HomeCaseWork'));
  await signIn(page, base, username);
  await home;
  await page.getByRole('heading', { name: '待办事项' }).waitFor();
}

/** Pick an option of the Ant Design select labelled `label`. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

/** Open a step's form by its button, fill it, submit, and wait for the case to reach `state`. */
async function takeStep(page: Page, button: string, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>, state: string) {
  // Ant Design spaces out a two-character label (受 理): match it with or without.
  await page.getByRole('button', { name: new RegExp(`^${[...button].join('\\s*')}$`) }).click();
  const dialog = page.getByRole('dialog', { name: button });
  await dialog.waitFor();
  await dialogsSettled(page);
  await fill(dialog);
  await dialog.getByRole('button', { name: /确\s*定/ }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText(`已办理：${button}`).first().waitFor();
  await page
    .locator('.ant-tag', { hasText: new RegExp(`^${state}$`) })
    .first()
    .waitFor();
}

/** The petition handler's day: the inbox, a case registered at the desk, and its way to the written reply. */
describe('the console: a petition handler takes a case from intake to the written reply', () => {
  let world: ConsoleWorld;
  beforeAll(async () => {
    world = await startConsole();
  });
  afterAll(() => world?.close());

  it('works the inbox, registers a case with its PIN shown once, and takes it through each step by its button', async () => {
    const { page, problems } = await newPage(world);
    await signInSettled(page, world.base, 'demo-petitions');

    // The inbox: their own cases first, soonest due first, with the days left in colour.
    await page.getByRole('menuitem', { name: /信访案件/ }).click();
    await page.getByRole('heading', { name: '信访案件' }).waitFor();
    await page.getByRole('tab', { name: '我承办的' }).waitFor();
    await page.getByRole('tab', { name: '本单位的' }).waitFor();
    await page.getByRole('tab', { name: '辖区内超期的' }).waitFor();
    await page.getByRole('link', { name: /^XF-/ }).first().waitFor();
    await page.getByText('南村自荐报名时间过短').waitFor();
    await page.getByRole('columnheader', { name: '当前环节期限' }).waitFor();
    await screenshot(page, 'cases', 'inbox');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Found by words of the matter, across the jurisdiction.
    await page.getByPlaceholder('输入跟踪码（XF-…）或事项、内容中的词语').fill('贿选');
    await page.getByRole('button', { name: /搜\s*索/ }).click();
    await page.getByText('西村党支部选举涉嫌贿选').waitFor();
    expect(await page.getByText('南村自荐报名时间过短').count()).toBe(0);

    // The home page's tile for cases awaiting registration opens the inbox filtered by state.
    const filtered = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('open.received'));
    await page.goto(`${world.base}/cases?state=open.received`);
    await page.getByText('状态：已收到').waitFor();
    await filtered;

    // Intake: what is missing is said in Chinese; the identity is optional.
    await page.goto(`${world.base}/cases`);
    await page.getByRole('link', { name: /^XF-/ }).first().waitFor();
    await page.getByRole('button', { name: '登记来信来访' }).click();
    await page.getByRole('heading', { name: '登记来信来访' }).waitFor();
    await page
      .getByRole('button', { name: /登\s*记/ })
      .last()
      .click();
    await page.getByText('请选择来源渠道').waitFor();
    await page.getByText('请填写事项名称').waitFor();
    await page.getByText('请填写反映内容').waitFor();
    await choose(page, '来源渠道', '来信');
    await choose(page, '问题类别', '程序违法');
    await page.getByLabel('事项名称').fill('东村选举委员会未公布选民名单');
    await page.getByLabel('反映内容').fill('来信反映：东村选举委员会至今未张榜公布选民名单，村民无法核对。');
    await page.getByLabel('联系电话').fill('12');
    await page.getByText('联系电话应为 3–40 位数字').waitFor();
    await page.getByLabel('联系电话').fill('0571-8888 1234');
    await page.getByLabel('姓名').fill('王大明');
    await screenshot(page, 'cases', 'intake');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page
      .getByRole('button', { name: /登\s*记/ })
      .last()
      .click();

    // The PIN, this once, with the warning that it will not be shown again.
    const pinDialog = page.getByRole('dialog', { name: '已登记：请将查询密码交给信访人' });
    await pinDialog.waitFor();
    await pinDialog.getByText('查询密码只显示这一次').waitFor();
    expect(await pinDialog.getByTestId('pin').innerText()).toMatch(/^\d{8}$/);
    const trackingCode = await pinDialog.getByTestId('tracking-code').innerText();
    expect(trackingCode).toMatch(/^XF-/);
    await screenshot(page, 'cases', 'intake-pin');
    await pinDialog.getByRole('button', { name: '我已记下，打开案件' }).click();

    // The case page: summary, clocks, history, and one button per step.
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: '东村选举委员会未公布选民名单' }).waitFor();
    await page.getByText(trackingCode).first().waitFor();
    await page
      .locator('.ant-tag', { hasText: /^已登记$/ })
      .first()
      .waitFor();
    await page.getByText('法定期限').waitFor();
    await page.locator('.ant-timeline').getByText('受理', { exact: true }).waitFor();
    await page.getByRole('button', { name: '不予受理', exact: true }).waitFor();
    await page.getByRole('button', { name: /^移\s*交$/ }).waitFor();
    await screenshot(page, 'cases', 'case-registered');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await takeStep(page, '受理', async () => undefined, '已受理');

    // Not yet assigned: the decision is blocked, and says why in Chinese.
    const blocked = page.locator('[data-blocked="DECIDE"]');
    await blocked.waitFor();
    expect(await blocked.getAttribute('aria-label')).toContain('请先将案件分配给承办人');
    await blocked.hover();
    await page.getByRole('tooltip').getByText('请先将案件分配给承办人').waitFor();

    await takeStep(page, '分配承办人', async () => undefined, '已受理');
    // The handler cannot approve their own case's extension: blocked with the reason.
    // (Waiting for the reason itself: the page reloads the case after the step.)
    await page.locator('[data-blocked="EXTEND"][aria-label*="延期须由本案承办人以外的人员批准"]').waitFor();

    await takeStep(
      page,
      '作出处理意见',
      async (dialog) => {
        await dialog.getByRole('button', { name: /确\s*定/ }).click();
        await dialog.getByText('除咨询外须选择调查结论').waitFor();
        await dialog.getByText('请填写处理意见摘要').waitFor();
        await choose(page, '调查结论', '属实');
        await dialog.getByLabel('处理意见摘要').fill('经核查，选举委员会未按期公布选民名单，责令立即张榜公布。');
      },
      '已作出处理意见',
    );
    await takeStep(
      page,
      '书面答复',
      async (dialog) => {
        await dialog.getByLabel('书面答复内容（信访人可见）').fill('您反映的问题属实，已责令东村选举委员会立即公布选民名单。');
      },
      '已书面答复',
    );
    await page.locator('.ant-timeline').getByText('申请复查', { exact: true }).waitFor();
    await page.getByText('您反映的问题属实').first().waitFor();

    // The identity, revealed with a reason (audited).
    await page.getByRole('button', { name: /查看身份/ }).click();
    const reveal = page.getByRole('dialog', { name: '查看信访人身份' });
    await reveal.waitFor();
    await dialogsSettled(page);
    await reveal.getByRole('button', { name: /确\s*定/ }).click();
    await reveal.getByText('请填写查看理由').waitFor();
    await reveal.getByLabel('查看理由').fill('电话回访信访人');
    await reveal.getByRole('button', { name: /确\s*定/ }).click();
    await page.getByText('王大明').waitFor();
    await dialogsSettled(page);
    await screenshot(page, 'cases', 'case-replied');
    expect(await seriousA11yViolations(page)).toEqual([]);

    const caseUrl = page.url();

    // Found again by its tracking code, as the complainant reads it out (lower case, spaces).
    await page.goto(`${world.base}/cases`);
    await page.getByRole('link', { name: /^XF-/ }).first().waitFor();
    await page.getByPlaceholder('输入跟踪码（XF-…）或事项、内容中的词语').fill(trackingCode.toLowerCase().replace('-', ' '));
    await page.getByRole('button', { name: /搜\s*索/ }).click();
    await page.getByText('按跟踪码查找').waitFor();
    await page.getByRole('link', { name: trackingCode }).waitFor();
    expect(await page.getByRole('link', { name: /^XF-/ }).count()).toBe(1);

    // The same case on a phone: nothing wider than the screen.
    const phone = await newPage(world, PHONE);
    await signInSettled(phone.page, world.base, 'demo-petitions');
    await phone.page.goto(caseUrl);
    await phone.page.getByRole('heading', { name: '东村选举委员会未公布选民名单' }).waitFor();
    await phone.page.getByText('法定期限').waitFor();
    await screenshot(phone.page, 'cases', 'case-phone');
    expect((await phone.page.evaluate('document.documentElement.scrollWidth')) as number).toBeLessThanOrEqual(PHONE.width);
    // Let the case page's queries finish: leaving mid-request would count as a failed request.
    await phone.page.waitForLoadState('networkidle');
    await phone.page.goto(`${world.base}/cases`);
    await phone.page.getByRole('heading', { name: '信访案件' }).waitFor();
    await phone.page.getByRole('link', { name: /^XF-/ }).first().waitFor();
    await screenshot(phone.page, 'cases', 'inbox-phone');
    expect((await phone.page.evaluate('document.documentElement.scrollWidth')) as number).toBeLessThanOrEqual(PHONE.width);

    expect(problems).toEqual([]);
    expect(phone.problems).toEqual([]);
  }, 180_000);

  it('lets an inspector read cases and their audit trail, with the chain verified, and no step buttons', async () => {
    const { page, problems } = await newPage(world);
    await signInSettled(page, world.base, 'demo-inspector');
    await page.goto(`${world.base}/cases`);
    await page.getByRole('link', { name: /^XF-/ }).first().waitFor();
    await page.getByRole('heading', { name: '信访案件' }).waitFor();
    await page.getByRole('tab', { name: '辖区内全部' }).waitFor();
    expect(await page.getByRole('tab', { name: '我承办的' }).count()).toBe(0);
    await page.getByText('西村党支部选举涉嫌贿选').waitFor();
    await page.getByRole('link', { name: /^XF-/ }).first().click();
    await page.getByText('法定期限').waitFor();
    expect(await page.locator('.ant-card-head-title', { hasText: /^办理$/ }).count()).toBe(0);
    await page.getByRole('button', { name: /校验哈希链/ }).click();
    await page.getByText(/链完整：\d+ 条记录/).waitFor();
    await screenshot(page, 'cases', 'case-inspector');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
});
