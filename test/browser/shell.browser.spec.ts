import { DESKTOP, PHONE, newPage, screenshot, seriousA11yViolations, signIn, startConsole, type ConsoleWorld } from './support/browser.js';

/** The console's frame: served by the API under its own policy, in Chinese first, on a desk and a phone. */
describe('the console: sign-in, home, language', () => {
  let world: ConsoleWorld;
  beforeAll(async () => {
    world = await startConsole();
  });
  afterAll(() => world?.close());

  it('signs a handler in, in Chinese, and shows what needs them — with nothing loaded from outside and no policy violation', async () => {
    const { page, problems } = await newPage(world);
    await page.goto(`${world.base}/`);
    await page.waitForURL(/\/login/);
    await page.getByRole('heading', { name: '换届选举监督平台' }).waitFor();
    await screenshot(page, 'shell', 'login');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await signIn(page, world.base, 'demo-petitions');
    await page.getByRole('heading', { name: '待办事项' }).waitFor();
    await page.getByText('我经办的案件').waitFor();
    await screenshot(page, 'shell', 'home-handler');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('refuses a wrong password in Chinese, and remembers English once chosen', async () => {
    const { page, problems } = await newPage(world);
    await page.goto(`${world.base}/login`);
    await page.getByLabel('用户名').fill('demo-petitions');
    await page.getByLabel('密码').fill('wrong password!');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText('用户名或密码不正确，或账户已被锁定').waitFor();
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    // The failed sign-in's 401-less GraphQL answer is not a page problem; nothing else may be.
    expect(problems.filter((p) => !p.includes('status of 200'))).toEqual([]);
  });

  it('fits a 390-px-wide phone: the menu folds away, the home page stays usable', async () => {
    const { page, problems } = await newPage(world, PHONE);
    await signIn(page, world.base, 'demo-office');
    await page.getByRole('heading', { name: '待办事项' }).waitFor();
    await screenshot(page, 'shell', 'home-office-phone');
    const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
    expect(width).toBeLessThanOrEqual(PHONE.width);
    // The menu opens from the header's button and closes again once a page is chosen.
    await page.getByRole('button', { name: '菜单' }).click();
    await page.getByRole('menuitem', { name: '选举' }).click();
    await page.waitForURL(/\/elections$/);
    await page.getByRole('button', { name: '菜单', expanded: false }).waitFor();
    expect(problems).toEqual([]);
    void DESKTOP;
  });
});
