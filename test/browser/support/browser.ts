import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { WorkflowRegistry } from '@scrutineer/workflow';
import { loadDemoData } from '../../../apps/api/src/demo/demo-data.js';
import { startTestApp, type TestApp } from '../../e2e/support/test-app.js';

/** Debian's chromium (`apt-get install chromium`; .ci/run installs it). Browser downloads cannot work here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where each run keeps its screenshots for review (not committed). */
export const SCREENSHOTS = join(process.cwd(), 'test-output', 'screenshots');

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/**
 * The real server (embedded or server database, as the run says) listening on a free port, with the
 * built console and the demo data loaded, and a Chromium to drive it.
 */
export interface ConsoleWorld {
  t: TestApp;
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startConsole(env: Record<string, string> = {}): Promise<ConsoleWorld> {
  const t = await startTestApp({ env });
  await loadDemoData(t.dataSource, t.app.get(WorkflowRegistry), new Date());
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS }).catch((error: Error) => {
    throw new Error(`Cannot start Chromium at ${CHROMIUM} (install Debian's chromium): ${error.message}`);
  });
  return {
    t,
    base: `http://127.0.0.1:${port}`,
    browser,
    async close() {
      await browser.close();
      await t.close();
    },
  };
}

/**
 * A page in its own browser context (its own storage: one signed-in user), that records anything the
 * page should never do: an uncaught error, a failed request, a Content-Security-Policy violation.
 */
export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  problems: string[];
}

export async function newPage(world: ConsoleWorld, viewport = DESKTOP, language: 'zh-CN' | 'en' = 'zh-CN'): Promise<WatchedPage> {
  const context = await world.browser.newContext({ viewport, locale: language });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => {
    // A request the page itself gave up (it navigated on, or a component that asked went away) is not a
    // failure of the server: Chromium reports those as net::ERR_ABORTED. Anything else is.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`);
  });
  page.on('request', (request) => {
    // data: and this origin's blob: URLs (a file fetched with the session and shown from memory) never leave the page.
    const url = request.url();
    if (!url.startsWith(world.base) && !url.startsWith('data:') && !url.startsWith(`blob:${world.base}/`))
      problems.push(`outside request: ${url}`);
  });
  return { page, context, problems };
}

/** Sign in through the login page as a demo account (password scrutineer-demo). */
export async function signIn(page: Page, base: string, username: string, password = 'scrutineer-demo'): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/密码|Password/).fill(password);
  await page.getByRole('button', { name: /登\s*录|Sign in/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Keep a screenshot of the page for review: test-output/screenshots/<suite>/<name>.png. */
export async function screenshot(page: Page, suite: string, name: string): Promise<void> {
  const dir = join(SCREENSHOTS, suite);
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Accessibility violations of serious or critical impact on the page as it stands (axe-core). */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  // Judge the page at rest: text fading in or out (a form's help leaving) is mid-colour, not its colour.
  // Endless animations (a spinner) are not waited for.
  await page.waitForFunction(() =>
    (
      globalThis as unknown as {
        document: { getAnimations(): { playState: string; effect: { getTiming(): { iterations: number } } | null }[] };
      }
    ).document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
  // Evaluated through the DevTools protocol, so the page's own script policy does not apply to it.
  await page.evaluate(axeSource);
  // A string is evaluated in the page (whose globals these are), not type-checked here.
  const violations = (await page.evaluate('axe.run().then((result) => result.violations)')) as {
    id: string;
    impact: string;
    nodes: { target: string[] }[];
  }[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Wait until no Ant Design dialog is still zooming in or out: a click during the animation can miss its
 * button. Run in the page through the DevTools protocol (the page's policy forbids eval).
 */
export async function dialogsSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !(globalThis as unknown as { document: { querySelector(selector: string): unknown } }).document.querySelector(
        '.ant-modal[class*="zoom-appear"], .ant-modal[class*="zoom-enter"], .ant-modal[class*="zoom-leave"]',
      ),
  );
}

/** A day in the server's zone (Asia/Shanghai), `offsetDays` from today: the machine's own zone may be a day behind. */
export const shanghaiDay = (offsetDays = 0): string =>
  new Date(Date.now() + offsetDays * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });
