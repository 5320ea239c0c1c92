import type { Locator, Page } from 'playwright-core';
import { PHONE, newPage, screenshot, seriousA11yViolations, signIn, startConsole, type ConsoleWorld } from './support/browser.js';

/** Choose an option of an Ant Design select by its visible text. */
async function choose(page: Page, scope: Locator | Page, label: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
  await settled(page);
}

/** Nothing loading, no dropdown open or closing: the page as the reader sees it at rest. */
async function settled(page: Page): Promise<void> {
  const busy = page.locator('.ant-spin-spinning, .ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  for (let i = 0; i < 50 && (await busy.count()) > 0; i++) await page.waitForTimeout(100);
}

/** The administrator: users and roles (create, unlock), the jurisdiction tree (add a place, a refusal in Chinese). */
describe('the console: administrator', () => {
  let world: ConsoleWorld;
  beforeAll(async () => {
    world = await startConsole();
  });
  afterAll(() => world?.close());

  it('creates a user, sees it listed with its Chinese role name, sees it locked and unlocks it', async () => {
    const { page, problems } = await newPage(world);
    await signIn(page, world.base, 'demo-admin');
    // The admin's menu: places and users, no statistics or case pages.
    await page.getByRole('menuitem', { name: '用户' }).click();
    await page.getByRole('heading', { name: '用户与角色' }).waitFor();
    await page.getByRole('row', { name: /demo-inspector/ }).waitFor();
    await page.getByRole('cell', { name: '纪检监督人员' }).first().waitFor();
    expect(await page.getByRole('menuitem', { name: '统计' }).count()).toBe(0);
    await settled(page);
    await screenshot(page, 'admin', 'users');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: '新建用户' }).click();
    const dialog = page.getByRole('dialog', { name: '新建用户' });
    // Validated before it is sent: a username the server would refuse, a password too short.
    await dialog.getByLabel('用户名').fill('张');
    await dialog.getByLabel('初始密码').fill('short');
    await dialog.getByRole('button', { name: /提\s*交/ }).click();
    await dialog.getByText('用户名为 3–64 位字母、数字、点、下划线或连字符').waitFor();
    await dialog.getByText('初始密码至少 10 个字符').waitFor();
    await dialog.getByLabel('用户名').fill('zhang.wei');
    await dialog.getByLabel('姓名').fill('张伟');
    await choose(page, dialog, '角色', '信访工作人员');
    await dialog.getByLabel('初始密码').fill('initial-pass-2026');
    await screenshot(page, 'admin', 'user-create');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: /提\s*交/ }).click();
    await page.getByText('已创建用户 zhang.wei').waitFor();
    const row = page.getByRole('row', { name: /zhang\.wei/ });
    await row.getByText('张伟').waitFor();
    await row.getByText('信访工作人员').waitFor();
    await row.getByText('正常').waitFor();

    // Five failed sign-ins in a row lock the account (README: LOGIN_MAX_FAILURES, 5 by default).
    for (let i = 0; i < 5; i++) {
      await world.t.gql('mutation ($input: LoginInput!) { login(input: $input) { token } }', {
        input: { username: 'zhang.wei', password: 'wrong-password' },
      });
    }
    await page.reload();
    await page.getByText('1 个账户已被锁定').waitFor();
    await row.getByText(/已锁定（至 \d\d:\d\d）/).waitFor();
    await settled(page);
    await screenshot(page, 'admin', 'users-locked');
    await row.getByRole('button', { name: '解除锁定' }).click();
    await page.getByText('已解除 zhang.wei 的登录锁定').waitFor();
    await row.getByText(/已锁定/).waitFor({ state: 'detached' });
    // Unlocked: the right password works again.
    expect(await world.t.login('zhang.wei', 'initial-pass-2026')).toBeTruthy();

    // Their own account is not theirs to deactivate: the refusal in Chinese.
    const own = page.getByRole('row', { name: /demo-admin/ });
    await own.getByRole('button', { name: '停用' }).click();
    await page.getByRole('button', { name: /确\s*认/ }).click();
    await page.getByText('不能修改自己账户的角色、辖区或启用状态，请由其他管理员办理').waitFor();
    await screenshot(page, 'admin', 'users-refused');
    expect(problems).toEqual([]);
  });

  it('shows the jurisdiction tree, refuses a place of the wrong level in Chinese, adds a village', async () => {
    const { page, problems } = await newPage(world);
    await signIn(page, world.base, 'demo-admin');
    await page.getByRole('menuitem', { name: '行政区划' }).click();
    await page.getByRole('heading', { name: '行政区划' }).first().waitFor();
    const tree = page.getByRole('tree');
    await tree.getByText('示范县').waitFor();
    await tree.getByText('东村').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await tree.getByText('城关镇').click();
    await page.getByLabel('下级区划名称').fill('新村');
    await choose(page, page, '层级', '县(区)');
    await page.getByRole('button', { name: /新\s*增/ }).click();
    await page.getByText('县(区)不能设在乡(镇、街道)之下：下级区划的层级必须低于上级').waitFor();
    await screenshot(page, 'admin', 'jurisdictions-refused');

    await choose(page, page, '层级', '村(社区)');
    await page.getByRole('button', { name: /新\s*增/ }).click();
    await page.getByText('已新增“新村”').waitFor();
    await tree.getByText('新村').waitFor();
    await screenshot(page, 'admin', 'jurisdictions');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('fits the users page on a 390-px phone', async () => {
    const { page, problems } = await newPage(world, PHONE);
    await signIn(page, world.base, 'demo-admin');
    // Within the app (no reload: the home page's requests are not cut off).
    await page.evaluate("history.pushState(null, '', '/admin/users'); dispatchEvent(new PopStateEvent('popstate'))");
    await page.getByRole('heading', { name: '用户与角色' }).waitFor();
    await page.getByRole('row', { name: /demo-inspector/ }).waitFor();
    await screenshot(page, 'admin', 'users-phone');
    const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
    expect(width).toBeLessThanOrEqual(PHONE.width);
    expect(problems).toEqual([]);
  });
});
