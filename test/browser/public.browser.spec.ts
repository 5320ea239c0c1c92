import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Response } from 'playwright-core';
import { DEMO_CASE_PIN } from '../../apps/api/src/demo/demo-cases.js';
import { CaseClient } from '../e2e/support/cases.js';
import { createUser } from '../e2e/support/world.js';
import { DESKTOP, PHONE, newPage, screenshot, seriousA11yViolations, signIn, startConsole, type ConsoleWorld } from './support/browser.js';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const IDENTITY = { name: '张测试甲', phone: '13912345678', idNumber: '110101199001011234', address: '东村三组十八号' };

/** Pick an option of the Ant Design select labelled `label`, by text. */
async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
}

/** Fill the complaint form for 东村 (found by name), with a photo, and wait for the photo to be up. */
async function fillComplaint(page: Page, title: string): Promise<void> {
  await page.getByLabel('事项发生地', { exact: true }).fill('东村');
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '东村' }).first().click();
  // The elections held there, by name only.
  await choose(page, '所涉选举（如知道）', '东村村民委员会');
  await choose(page, '问题类别', '贿选');
  await page.getByLabel('标题', { exact: true }).fill(title);
  await page.getByLabel('具体情况', { exact: true }).fill('选举前一天晚上有人挨家挨户发红包，要求投票给指定人选。');
  await page.locator('#photos').setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: PNG });
  await page.getByText('现场照片.png 已上传').waitFor();
}

/** Look a case up on the status page as the public does; the answer's text. */
async function lookUp(page: Page, base: string, code: string, pin: string): Promise<string> {
  await page.goto(`${base}/public/status`);
  await page.getByLabel('查询码').fill(code);
  await page.getByLabel('查询密码').fill(pin);
  await page.getByRole('button', { name: /查\s*询/ }).click();
  await page.locator('.public-status-answer .ant-descriptions').waitFor();
  return (await page.locator('.public-status-answer').textContent()) ?? '';
}

/** The public pages in real Chromium: filing (anonymously and by name), the receipt, the status; a11y; a phone. */
describe('the public pages', () => {
  let world: ConsoleWorld;
  beforeAll(async () => {
    world = await startConsole({ PROOF_OF_WORK: 'true', PROOF_OF_WORK_MAX_NUMBER: '3000' });
  });
  afterAll(() => world?.close());

  it('files anonymously with a photo, prints a receipt, and shows the status by code and PIN — a wrong PIN reads as an unknown code', async () => {
    const { page, problems } = await newPage(world, DESKTOP);
    await page.goto(`${world.base}/public`);
    await page.getByRole('heading', { name: '反映换届选举中的问题' }).waitFor();
    await page.getByText('安全验证已完成。').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'public', 'public-file');

    await fillComplaint(page, '发红包拉票');
    await page.getByRole('button', { name: /提\s*交/ }).click();
    await page.getByRole('heading', { name: '已收到您反映的问题' }).waitFor();
    const code = (await page.getByTestId('tracking-code').textContent())!.trim();
    const pin = (await page.getByTestId('pin').textContent())!.trim();
    expect(code).toMatch(/^XF-/);
    expect(pin.length).toBeGreaterThan(3);
    await page.getByText('已收到，等待登记受理').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'public', 'public-receipt');
    // Printed, only the receipt remains.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.public-header').isVisible()).toBe(false);
    expect(await page.getByTestId('pin').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    // The PIN lives in the page's memory only: reloaded, the receipt is gone.
    await page.reload();
    await page.getByText('没有可显示的回执').waitFor();
    expect(await page.content()).not.toContain(pin);

    // The photo went with the case, for staff: the handler's case page lists it.
    const [row] = await world.t.dataSource.query(
      'SELECT a.name FROM observation_attachments a JOIN cases c ON c.id = a.case_id WHERE c.tracking_code = $1',
      [code],
    );
    expect(row.name).toBe('现场照片.png');

    await page.getByRole('link', { name: '查询办理进度' }).click();
    await page.getByRole('heading', { name: '查询办理进度' }).waitFor();
    const check = async (c: string, p: string): Promise<string> => {
      await page.getByLabel('查询码').fill(c);
      await page.getByLabel('查询密码').fill(p);
      const answered = page.waitForResponse((r) => r.url().endsWith('/graphql'));
      await page.getByRole('button', { name: /查\s*询/ }).click();
      await answered;
      await page.locator('.public-status-answer > *').first().waitFor();
      return page.locator('.public-status-answer').innerHTML();
    };
    await check(code, pin);
    await page.getByText('已收到，等待登记受理').waitFor();
    expect(await page.locator('.public-status-answer').textContent()).toContain(code);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'public', 'public-status');

    const wrongPin = await check(code, `${pin}9`);
    const unknownCode = await check('XF-20260101-ZZZZZZ', pin);
    expect(wrongPin).toContain('没有找到与该查询码和查询密码相符的事项');
    expect(wrongPin).toBe(unknownCode);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'public', 'public-status-not-found');
    expect(problems).toEqual([]);

    // Staff open the photo from the case page (fetched with their session: a plain link would carry none).
    const staff = await newPage(world, DESKTOP);
    await signIn(staff.page, world.base, 'demo-petitions');
    const [kase] = await world.t.dataSource.query('SELECT id FROM cases WHERE tracking_code = $1', [code]);
    await staff.page.goto(`${world.base}/cases/${kase.id}`);
    await staff.page.getByText('照片和附件').waitFor();
    await staff.page.getByRole('button', { name: '查看 现场照片.png' }).click();
    const photo = staff.page.getByRole('dialog').getByRole('img', { name: '现场照片.png' });
    await photo.waitFor();
    expect(await photo.evaluate((img) => (img as unknown as { complete: boolean; naturalWidth: number }).naturalWidth)).toBe(1);
    expect(await seriousA11yViolations(staff.page)).toEqual([]);
    expect(staff.problems).toEqual([]);
  });

  it('files with an identity that no page or answer shows again', async () => {
    const { page, problems } = await newPage(world, DESKTOP);
    const answers: Promise<string>[] = [];
    page.on('response', (r: Response) => answers.push(r.text().catch(() => '')));
    await page.goto(`${world.base}/public`);
    await page.getByText('安全验证已完成。').waitFor();
    await fillComplaint(page, '实名反映拉票');
    await page.getByLabel('实名反映').check();
    await page.getByText('只有负责办理本案的工作人员在登记查看理由后才能看到').waitFor();
    await page.getByLabel('姓名', { exact: true }).fill(IDENTITY.name);
    await page.getByLabel('联系电话').fill(IDENTITY.phone);
    await page.getByLabel('身份证号码').fill(IDENTITY.idNumber);
    await page.getByLabel('联系地址').fill(IDENTITY.address);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'public', 'public-file-identity');
    await page.getByRole('button', { name: /提\s*交/ }).click();
    await page.getByRole('heading', { name: '已收到您反映的问题' }).waitFor();
    const code = (await page.getByTestId('tracking-code').textContent())!.trim();
    const pin = (await page.getByTestId('pin').textContent())!.trim();
    const receipt = await page.content();

    await page.goto(`${world.base}/public/status`);
    await page.getByLabel('查询码').fill(code);
    await page.getByLabel('查询密码').fill(pin);
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await page.getByText('已收到，等待登记受理').waitFor();
    const status = await page.content();
    const seen = [receipt, status, ...(await Promise.all(answers))].join('\n');
    for (const value of Object.values(IDENTITY)) expect(seen).not.toContain(value);
    // It was kept, sealed: the case is named, but no column holds it as text.
    const [row] = await world.t.dataSource.query('SELECT anonymous, row_to_json(c)::text AS r FROM cases c WHERE tracking_code = $1', [
      code,
    ]);
    expect(row.anonymous).toBe(false);
    for (const value of Object.values(IDENTITY)) expect(row.r).not.toContain(value);
    expect(problems).toEqual([]);
  });

  it('is filled and sent with the keyboard alone', async () => {
    const { page, problems } = await newPage(world, DESKTOP);
    await page.goto(`${world.base}/public`);
    await page.getByText('安全验证已完成。').waitFor();
    const focused = () => page.evaluate('document.activeElement?.id || document.activeElement?.textContent || ""') as Promise<string>;
    // The first Tab offers to skip the header.
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('跳到主要内容');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    // The place: typed, the first match chosen with Enter.
    expect(await focused()).toBe('place');
    await page.keyboard.type('西村');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '西村' }).first().waitFor();
    await page.keyboard.press('Enter');
    /** Tab on to the field `id`, through everything focusable before it (at most 10 stops). */
    const tabTo = async (id: string | RegExp): Promise<string[]> => {
      const stops: string[] = [];
      while (stops.length < 10 && !(typeof id === 'string' ? (await focused()) === id : id.test(await focused()))) {
        await page.keyboard.press('Tab');
        stops.push(await focused());
      }
      expect(stops.length).toBeLessThan(10);
      return stops;
    };
    await tabTo('category');
    await page.keyboard.press('ArrowDown');
    await page.getByTitle('贿选').waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.ant-select-content-has-value[title="贿选"]').waitFor();
    // A Tab while the list is still closing is the select's own (it closes the list); wait until it has closed.
    await page.locator('#category[aria-expanded="false"]').waitFor();
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('title');
    await page.keyboard.type('键盘提交');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('body');
    await page.keyboard.type('只用键盘填写并提交。');
    // On through the photo button and the identity choice to the submit button.
    const stops = await tabTo(/提\s*交/);
    expect(stops).toContain('photos');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '已收到您反映的问题' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('fits a 390-px phone, in Chinese and in English, loading none of the console’s scripts', async () => {
    const { page, problems } = await newPage(world, PHONE);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.js')) scripts.push(new URL(r.url()).pathname);
    });
    for (const path of ['/public', '/public/status']) {
      await page.goto(`${world.base}${path}`);
      await page.locator('.public-title').waitFor();
      const width = await page.evaluate('document.documentElement.scrollWidth');
      expect(width).toBeLessThanOrEqual(PHONE.width);
      expect(await seriousA11yViolations(page)).toEqual([]);
    }
    await page.goto(`${world.base}/public`);
    await page.getByText('安全验证已完成。').waitFor();
    await screenshot(page, 'public', 'public-file-phone');
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Report a problem with a re-election' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    // Every script the pages asked for is one the public entry reaches in the build (public-entry.spec.ts
    // checks that none of those is the console's).
    const manifest = JSON.parse(readFileSync(join(process.cwd(), 'dist-console', '.vite', 'manifest.json'), 'utf8')) as Record<
      string,
      { file: string; imports?: string[]; dynamicImports?: string[] }
    >;
    const reachable = new Set<string>();
    const walk = (key: string) => {
      if (reachable.has(`/${manifest[key]!.file}`)) return;
      reachable.add(`/${manifest[key]!.file}`);
      for (const next of [...(manifest[key]!.imports ?? []), ...(manifest[key]!.dynamicImports ?? [])]) walk(next);
    };
    walk('public.html');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => !reachable.has(s))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('shows the published reply, an extension and where a merged case is followed', async () => {
    const { t } = world;
    const { page, problems } = await newPage(world, DESKTOP);
    // A case the demo replied to (every demo case has DEMO_CASE_PIN).
    const [replied] = await t.dataSource.query(`SELECT tracking_code FROM cases WHERE title = '西村主任选举计票有误'`);
    const reply = await lookUp(page, world.base, replied.tracking_code, DEMO_CASE_PIN);
    expect(reply).toContain('已作出答复');
    expect(reply).toContain('经核查，计票过程公开透明，所反映问题不属实。');
    expect(reply).toContain('下一步办理期限');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'public', 'public-status-reply');

    // Two filings on one matter: the first accepted and extended, the second merged into it.
    const file = async (title: string) => {
      const { data } = await t.gql<{ proofOfWorkChallenge: string }>('{ proofOfWorkChallenge }');
      const challenge = JSON.parse(data!.proofOfWorkChallenge) as Challenge;
      const solution = await solveChallenge({ challenge, deriveKey });
      const proofOfWork = Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
      const [east] = await t.dataSource.query(`SELECT id FROM jurisdictions WHERE name = '东村'`);
      const filed = await t.gql<any>('mutation ($i: FileComplaintInput!) { fileComplaint(input: $i) { trackingCode pin } }', {
        i: { kind: 'REPORT', category: 'BRIBERY', title, body: '选举前夜发红包。', jurisdictionId: east.id, proofOfWork },
      });
      const [row] = await t.dataSource.query('SELECT id FROM cases WHERE tracking_code = $1', [filed.data.fileComplaint.trackingCode]);
      return { ...filed.data.fileComplaint, id: row.id as string };
    };
    const first = await file('东村发红包');
    const second = await file('东村发红包（重复）');
    const handler = new CaseClient(t, await t.login('demo-petitions', 'scrutineer-demo'));
    await handler.step('registerReceivedCase', 'CaseStepInput', first.id);
    await handler.step('acceptCase', 'AcceptCaseInput', first.id);
    // Handled by a clerk of the town; the extension is approved by someone else (demo-petitions).
    const [town] = await t.dataSource.query('SELECT jurisdiction_id FROM cases WHERE id = $1', [first.id]);
    const clerk = await createUser(
      t,
      await t.login('demo-admin', 'scrutineer-demo'),
      'town-clerk',
      'PETITION_HANDLER',
      town.jurisdiction_id,
    );
    await handler.step('assignCase', 'AssignCaseInput', first.id, { assigneeId: clerk });
    await handler.step('extendCase', 'ExtendCaseInput', first.id, { days: 10, reason: '需调取村财务账目' });
    await handler.step('registerReceivedCase', 'CaseStepInput', second.id);
    await handler.step('mergeCase', 'MergeCaseInput', second.id, { intoCaseId: first.id, reason: '同一事项' });

    const extended = await lookUp(page, world.base, first.trackingCode, first.pin);
    expect(extended).toContain('已受理，正在办理');
    expect(extended).toContain('延长 10 日。理由：需调取村财务账目');
    await screenshot(page, 'public', 'public-status-extended');
    const merged = await lookUp(page, world.base, second.trackingCode, second.pin);
    expect(merged).toContain('已与同一事项合并办理');
    expect(merged).toContain(`${first.trackingCode}：已受理，正在办理`);
    // Not the other complainant's extension or reply.
    expect(merged).not.toContain('需调取村财务账目');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'public', 'public-status-merged');
    expect(problems).toEqual([]);
  });
});
