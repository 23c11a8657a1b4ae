import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core'
import { AxeBuilder } from '@axe-core/playwright'
import { preview, type PreviewServer } from 'vite'
import { webServerPolicy } from '../../scripts/web-server-policy.mjs'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export type Harness = {
  url: string
  page: Page
  context: BrowserContext
  /** Every request the page made that did not go to 127.0.0.1 (must stay empty). */
  foreignRequests: string[]
  /** Console errors and uncaught page errors. */
  pageErrors: string[]
  close: () => Promise<void>
}

/**
 * Serves the built renderer (the browser edition, out/renderer) on 127.0.0.1 and opens it in Debian's
 * Chromium with a fresh profile, recording any request that leaves the machine.
 */
export async function openApp(): Promise<Harness> {
  const server: PreviewServer = await preview({
    configFile: false,
    root: resolve('renderer'),
    build: { outDir: resolve('out/renderer') },
    // the same server policy as `npm run web` (anti-framing headers, canonical origin)
    plugins: [webServerPolicy()],
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'silent'
  })
  const address = server.httpServer.address()
  if (!address || typeof address === 'string') throw new Error('preview server has no port')
  const url = `http://127.0.0.1:${address.port}/`
  const profile = mkdtempSync(join(tmpdir(), 'armslength-e2e-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  })
  const foreignRequests: string[] = []
  const pageErrors: string[] = []
  context.on('request', (request) => {
    const target = new URL(request.url())
    const local = target.protocol === 'data:' || target.protocol === 'blob:' || target.hostname === '127.0.0.1'
    if (!local) foreignRequests.push(request.url())
  })
  const page = context.pages()[0] ?? (await context.newPage())
  page.on('pageerror', (error) => pageErrors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text())
  })
  await page.goto(url)
  return {
    url,
    page,
    context,
    foreignRequests,
    pageErrors,
    close: async () => {
      await context.close()
      await server.close()
      rmSync(profile, { recursive: true, force: true })
    }
  }
}

/** axe with the WCAG 2.x A/AA rule sets (2.2 included); returns violations as readable strings. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join('test-results', 'screens', `${name}.png`), fullPage: true })
}

/**
 * Waits until the last navigation's arrival focus has settled (claimed, cancelled or lapsed). A test that
 * focuses a control directly presses no key, so without this the new screen's heading, focused a tick
 * later, can take the focus its next key press was meant for (a CI run under load failed that way).
 */
export async function arrivalSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-arrival-pending'), null, { timeout: 10_000 })
}

/**
 * Opens Settings & backups and waits until it has stopped moving: the backup list and (browser edition)
 * the storage facts above the backup buttons are read after the screen appears, and a click aimed while
 * they were still arriving would land on whatever had moved under the pointer.
 */
export async function openSettings(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Settings & backups' }).click()
  await expectCount(page.getByRole('heading', { name: 'Settings & backups', level: 1 }), 1)
  await page.waitForFunction(
    () => !Array.from(document.querySelectorAll('main p, main dd')).some((e) => e.textContent === 'Loading…' || e.textContent === '…'),
    null,
    { timeout: 10_000 }
  )
  await arrivalSettled(page)
}

/** Waits (up to 10 s) until the locator's text equals the expected text; fails with what it saw. */
export async function expectText(locator: Locator, expected: string | RegExp): Promise<void> {
  // 10 s, and a read that times out is a read of nothing: under load (CI beside other work) a page busy with a large
  // store can hold the element's text past 1 s, which had failed the upgrade journey although the heading was there
  const deadline = Date.now() + 10_000
  let seen: string | null = null
  while (Date.now() < deadline) {
    seen =
      (await locator.count()) > 0
        ? await locator
            .first()
            .textContent({ timeout: 1000 })
            .catch(() => null)
        : null
    if (seen !== null && (typeof expected === 'string' ? seen === expected : expected.test(seen))) return
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`Expected ${locator.toString()} to have text ${String(expected)}, saw ${JSON.stringify(seen)}`)
}

/** Waits (up to 10 s, as expectText: CI beside other work made a backup outlast 5 s) until the locator matches exactly `n` elements. */
export async function expectCount(locator: Locator, n: number): Promise<void> {
  const deadline = Date.now() + 10_000
  let seen = -1
  while (Date.now() < deadline) {
    seen = await locator.count()
    if (seen === n) return
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`Expected ${locator.toString()} to match ${n} element(s), saw ${seen}`)
}
