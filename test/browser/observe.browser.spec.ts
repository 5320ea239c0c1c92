import type { IncomingMessage } from 'node:http';
import type { Page } from 'playwright-core';
import { PHONE, newPage, screenshot, seriousA11yViolations, startConsole, type ConsoleWorld } from './support/browser.js';

const SUITE = 'observe';
const SITES = ['观察测试 第一投票站', '观察测试 第二投票站', '观察测试 第三投票站'];

/** Pick an option of the Ant Design select labelled `label`. */
async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

/** Answer a checklist item (its radio group is labelled with the item's text). */
async function answer(page: Page, item: string, value: '是' | '否' | '不适用' | '未见到'): Promise<void> {
  await page.getByRole('radiogroup', { name: item }).getByText(value, { exact: true }).click();
}

/** The server's own view: how many observations at a site, and their attachments. */
async function stored(world: ConsoleWorld, token: string, electionId: string, site: string) {
  const list = await world.t.gql<{
    observations: {
      totalCount: number;
      edges: { node: { id: string; site: { latitude: number | null; longitude: number | null }; flags: { rule: string }[] } }[];
    };
  }>(
    `query ($electionId: ID!, $site: String!) { observations(electionId: $electionId, site: $site, first: 10) { totalCount edges { node { id site { latitude longitude } flags { rule } } } } }`,
    { electionId, site },
    token,
  );
  const nodes = list.data!.observations.edges.map((e) => e.node);
  const attachments = await Promise.all(
    nodes.map(async (n) => {
      const r = await world.t.gql<{ observationAttachments: { id: string }[] }>(
        `query ($id: ID!) { observationAttachments(id: $id) { id } }`,
        { id: n.id },
        token,
      );
      return r.data!.observationAttachments.length;
    }),
  );
  return {
    count: list.data!.observations.totalCount,
    attachments,
    flags: nodes.flatMap((n) => n.flags.map((f) => f.rule)),
    located: nodes.map((n) => [n.site.latitude, n.site.longitude]),
  };
}

/**
 * Every saved observation back to waiting, as if the server's answers had been lost on the way: run in the
 * page (a string: the page's IndexedDB, outside this file's types).
 */
const FORGET_ANSWERS = `new Promise((resolve, reject) => {
  const open = indexedDB.open('scrutineer-observer');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const tx = open.result.transaction('outbox', 'readwrite');
    const cursor = tx.objectStore('outbox').openCursor();
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c) return;
      c.update({ ...c.value, state: 'waiting', result: undefined });
      c.continue();
    };
    tx.oncomplete = () => {
      open.result.close();
      resolve();
    };
  };
})`;

/** Keep a screenshot for review (test-output/screenshots/observe/; the README's copies are in docs/screenshots/). */
const docScreenshot = (page: Page, name: string): Promise<void> => screenshot(page, SUITE, name);

/** Every request the server receives while `record` is on: offline, the phone must ask it nothing. */
function serverLog(world: ConsoleWorld) {
  const seen: string[] = [];
  let on = false;
  world.t.app.getHttpServer().on('request', (req: IncomingMessage & { originalUrl?: string }) => {
    const url = req.originalUrl ?? req.url;
    // The browser's own check for a newer worker script is not the app's request, and Chromium's offline
    // emulation does not cover it (on a phone without signal it simply fails).
    if (on && url !== '/observe/sw.js') seen.push(`${req.method} ${url}`);
  });
  return {
    seen,
    record(value: boolean) {
      on = value;
      if (value) seen.length = 0;
    },
  };
}

/** The app's service worker is in charge of the page (it then answers offline starts). */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    Boolean((globalThis as unknown as { navigator: { serviceWorker: { controller: unknown } } }).navigator.serviceWorker.controller),
  );
}

describe('the observer app (/observe): offline first', () => {
  let world: ConsoleWorld;
  let electionId: string;
  let token: string;
  beforeAll(async () => {
    world = await startConsole();
    token = await world.t.login('demo-observer', 'scrutineer-demo');
    const elections = await world.t.gql<{ elections: { edges: { node: { id: string; organization: { name: string } } }[] } }>(
      `{ elections(first: 100) { edges { node { id organization { name } } } } }`,
      {},
      token,
    );
    electionId = elections.data!.elections.edges.find((e) => e.node.organization.name === '西村党支部')!.node.id;
  });
  afterAll(() => world?.close());

  it('records three observations with photos offline, keeps them across a reload and a closed page, and stores each once when online', async () => {
    const log = serverLog(world);
    const { page: first, context, problems } = await newPage(world, PHONE);
    let page = first;
    // Offline, the browser reports failed requests the app expected to fail; the photos' thumbnails are this
    // origin's own blob: URLs.
    const onlineProblems = () => problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED') && !p.includes(`blob:${world.base}/`));

    // The phone lets the app know where it is: the site is located by itself.
    await context.grantPermissions(['geolocation'], { origin: world.base });
    await context.setGeolocation({ latitude: 34.7466, longitude: 113.6254 });

    // One online visit: sign in, the data is read and kept, the service worker takes the shell.
    await page.goto(`${world.base}/observe`);
    await page.getByLabel('用户名').fill('demo-observer');
    await page.getByLabel('密码').fill('scrutineer-demo');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByRole('tab', { name: '记录' }).waitFor();
    await page.getByLabel('选举', { exact: true }).waitFor();
    await controlled(page);
    expect(page.url()).toBe(`${world.base}/observe/`);

    // Offline: a reload starts from the worker's cache and IndexedDB, and the server hears nothing.
    await context.setOffline(true);
    log.record(true);
    await page.reload();
    await page.getByTestId('network').getByText('离线').waitFor();
    await page.getByLabel('选举', { exact: true }).waitFor();

    const photo = await page.screenshot({ type: 'jpeg', quality: 60, clip: { x: 0, y: 0, width: 120, height: 90 } });
    for (const [n, site] of SITES.entries()) {
      await choose(page, '选举', '西村党支部');
      await page.getByLabel('地点', { exact: true }).fill(site);
      await page.getByLabel('地点', { exact: true }).press('Escape');
      await choose(page, '环节', '选举大会（投票）');
      await page.getByText('已定位：34.74660, 113.62540').waitFor();
      await answer(page, '设立秘密写票处并切实使用', '是');
      await answer(page, '清点人数，签到登记，应到与实到', '是');
      await page.getByLabel('应到人数').fill('100');
      // The first observer counts more present than entitled: shown before saving, and saved anyway.
      await page.getByLabel('实到人数').fill(n === 0 ? '120' : '80');
      if (n === 0) {
        await page.locator('.observe-summary').getByText('实到 120 人，多于应到 100 人').waitFor();
        await docScreenshot(page, 'observe-contradiction');
      }
      await page.getByLabel('现场记录').fill(`第 ${n + 1} 条记录：秘密写票处设置规范。`);
      await page.locator('#observe-photo-input').setInputFiles({ name: `site-${n + 1}.jpg`, mimeType: 'image/jpeg', buffer: photo });
      await page.locator('.observe-photo img').first().waitFor();
      if (n === 0) {
        expect(await seriousA11yViolations(page)).toEqual([]);
        // A phone's width: nothing runs off the side.
        expect(
          await page.evaluate(
            () =>
              (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth,
          ),
        ).toBeLessThanOrEqual(PHONE.width);
        await docScreenshot(page, 'observe-form');
      }
      // A reload mid-form loses nothing typed.
      if (n === 1) {
        await page.reload();
        await page.getByLabel('现场记录').waitFor();
        expect(await page.getByLabel('现场记录').inputValue()).toBe(`第 2 条记录：秘密写票处设置规范。`);
        expect(await page.getByLabel('实到人数').inputValue()).toBe('80');
        await page.locator('.observe-photo img').first().waitFor();
      }
      await page.getByRole('button', { name: '保存记录' }).click();
      await page
        .getByText(/已保存到本机/)
        .last()
        .waitFor();
    }
    await page.getByRole('tab', { name: /待上传/ }).click();
    await page.getByTestId('outbox-summary').getByText('待上传 3 条 · 已上传 0 条 · 被拒绝 0 条').waitFor();

    // The page closes (the phone's browser is swiped away) and opens again, still offline: all three wait.
    await page.close();
    page = await context.newPage();
    await page.goto(`${world.base}/observe/`);
    await page.getByRole('tab', { name: /待上传/ }).click();
    await page.getByTestId('outbox-summary').getByText('待上传 3 条 · 已上传 0 条 · 被拒绝 0 条').waitFor();
    await docScreenshot(page, 'observe-outbox-offline');
    log.record(false);
    expect(log.seen).toEqual([]);

    // Online again: the photos go up, then the observations; each is stored once, with its photo.
    await context.setOffline(false);
    await page.getByTestId('outbox-summary').getByText('待上传 0 条 · 已上传 3 条 · 被拒绝 0 条').waitFor({ timeout: 30_000 });
    await page
      .locator('.observe-queued')
      .first()
      .getByText('实到 120 人，多于应到 100 人')
      .or(page.getByText('实到 120 人，多于应到 100 人'))
      .first()
      .waitFor();
    await docScreenshot(page, 'observe-outbox-sent');
    for (const site of SITES) expect(await stored(world, token, electionId, site)).toMatchObject({ count: 1, attachments: [1] });
    expect(await stored(world, token, electionId, SITES[0]!)).toMatchObject({ located: [[34.7466, 113.6254]] });
    expect((await stored(world, token, electionId, SITES[0]!)).flags).toContain('present-over-entitled');

    // Off and on again, with the phone believing its answers were lost: everything is sent again, and the
    // server answers DUPLICATE for each, storing nothing new.
    await context.setOffline(true);
    await page.evaluate(FORGET_ANSWERS);
    await page.reload();
    await page.getByRole('tab', { name: /待上传/ }).click();
    await page.getByTestId('outbox-summary').getByText('待上传 3 条 · 已上传 0 条 · 被拒绝 0 条').waitFor();
    await context.setOffline(false);
    await page.getByTestId('outbox-summary').getByText('待上传 0 条 · 已上传 3 条 · 被拒绝 0 条').waitFor({ timeout: 30_000 });
    expect(await page.getByText('服务器已有（未重复保存）').count()).toBe(3);
    for (const site of SITES) expect(await stored(world, token, electionId, site)).toMatchObject({ count: 1, attachments: [1] });

    expect(onlineProblems()).toEqual([]);
    await context.close();
  });

  it('keeps what was recorded while the session expired offline, and sends it after the next sign-in', async () => {
    const { page, context } = await newPage(world, PHONE);
    await signInToObserver(page, world.base);
    await context.setOffline(true);
    // The session lapses while the phone is offline.
    await page.evaluate(
      (expired) =>
        (globalThis as unknown as { localStorage: { setItem(key: string, value: string): void } }).localStorage.setItem(
          'scrutineer.token',
          expired,
        ),
      expiredToken(),
    );
    await page.reload();
    await page.getByText(/登录已过期/).waitFor();
    // An empty form is not saved: what it lacks is said in the observer's words.
    await page.getByRole('button', { name: '保存记录' }).click();
    for (const lack of ['请选择选举', '请选择环节', '请填写地点']) await page.locator('.observe-summary').getByText(lack).waitFor();
    await choose(page, '选举', '西村党支部');
    await page.getByLabel('地点', { exact: true }).fill('观察测试 过期后');
    await choose(page, '环节', '选举大会（投票）');
    await answer(page, '设立秘密写票处并切实使用', '否');
    await page.getByRole('button', { name: '保存记录' }).click();
    await page
      .getByText(/已保存到本机/)
      .last()
      .waitFor();

    await context.setOffline(false);
    await page.getByRole('tab', { name: /待上传/ }).click();
    await page
      .getByTestId('outbox-summary')
      .getByText(/待上传 1 条/)
      .waitFor();
    await docScreenshot(page, 'observe-signed-out');
    await page.getByRole('button', { name: '重新登录' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('用户名').fill('demo-observer');
    await dialog.getByLabel('密码').fill('scrutineer-demo');
    await dialog.getByRole('button', { name: /登\s*录/ }).click();
    await page
      .getByTestId('outbox-summary')
      .getByText(/待上传 0 条/)
      .waitFor({ timeout: 30_000 });
    expect(await stored(world, token, electionId, '观察测试 过期后')).toMatchObject({ count: 1 });
    await context.close();
  });

  it('shows the team leader the team’s sites, with conflicts, as they arrive', async () => {
    const { page, context, problems } = await newPage(world, PHONE);
    await page.goto(`${world.base}/observe/`);
    await page.getByLabel('用户名').fill('demo-supervisor');
    await page.getByLabel('密码').fill('scrutineer-demo');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByRole('tab', { name: '本组动态' }).click();
    await page.locator('.observe-conflict', { hasText: '东村 村委会大礼堂' }).getByText('2 项不一致').waitFor();
    await page.getByText('观察测试 第一投票站').first().waitFor();
    await docScreenshot(page, 'observe-team');
    await page.getByText('EN', { exact: true }).click();
    await page.getByText('Site summaries (refreshed every 15 s)').waitFor();
    await screenshot(page, SUITE, 'team-en');
    await page.getByText('中文', { exact: true }).click();
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

/** Sign in on the observer app and wait until it is ready (and its worker in charge). */
async function signInToObserver(page: Page, base: string, username = 'demo-observer'): Promise<void> {
  await page.goto(`${base}/observe/`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('scrutineer-demo');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByLabel('选举', { exact: true }).waitFor();
  await controlled(page);
}

/** A token whose `exp` has passed (its signature does not matter: the app reads `exp` only; the server refuses it). */
function expiredToken(): string {
  const part = (o: object) => btoa(JSON.stringify(o)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ sub: 'x', exp: Math.floor(Date.now() / 1000) - 60 })}.c2ln`;
}
