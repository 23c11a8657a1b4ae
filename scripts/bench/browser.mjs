// Browser-edition measures in Debian's Chromium (playwright-core), on the built renderer served by
// `vite preview` on 127.0.0.1 — the same set-up as the e2e harness (test/e2e/harness.ts).
//
//   load to interactive  IndexedDB seeded with a store document, then navigations to the engagement
//                        register. Timed from navigation start (performance.timeOrigin) until the
//                        "Showing N of 1000" status is in the DOM, a frame has been produced after it
//                        (requestAnimationFrame) and a task queued then has run (the main thread is free
//                        again, so the table responds). Median of 5 navigations, each a full page load.
//   answer → score       On the questionnaire: a real click (CDP input) on an option, timed from the
//                        click event's timeStamp until the live score panel (data-testid="live-band") has
//                        changed and the next frame has been produced. 30 clicks alternating between the
//                        lowest- and highest-risk options of the first question; p95. Clicks are spaced
//                        out until the autosave has finished, as a person answering would be.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { preview } from 'vite'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const SEED_PATH = '__bench_seed.json'

/** Installed before any page script runs: records when the register is shown and the page is idle again. */
function registerProbe() {
  const probe = { done: null }
  window.__benchLoad = probe
  const observer = new MutationObserver(() => {
    const status = document.querySelector('.result-count')
    if (!status || !/Showing \d+ of 1000 /.test(status.textContent ?? '')) return
    observer.disconnect()
    const shownAt = performance.now()
    requestAnimationFrame(() => {
      const frameAt = performance.now()
      setTimeout(() => {
        probe.done = { shownAt, frameAt, interactiveAt: performance.now(), rows: document.querySelectorAll('table.data-table tbody tr').length }
      }, 0)
    })
  })
  observer.observe(document, { childList: true, subtree: true, characterData: true })
}

/** Puts a store document under the key the browser persistence reads (renderer/src/platform/browser-persistence.ts). */
async function seedStore(page, url, text) {
  await page.route(`${url}${SEED_PATH}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: text }))
  await page.evaluate(async (path) => {
    const text = await (await fetch(path)).text()
    await new Promise((resolvePut, rejectPut) => {
      const request = indexedDB.open('armslength', 1)
      request.onupgradeneeded = () => request.result.createObjectStore('kv')
      request.onerror = () => rejectPut(request.error)
      request.onsuccess = () => {
        const tx = request.result.transaction('kv', 'readwrite')
        tx.objectStore('kv').put(text, 'store')
        tx.oncomplete = () => {
          request.result.close()
          resolvePut()
        }
        tx.onerror = () => rejectPut(tx.error)
      }
    })
  }, `./${SEED_PATH}`)
  await page.unroute(`${url}${SEED_PATH}`)
}

async function withBrowser(root, fn) {
  const server = await preview({
    configFile: false,
    root: resolve(root, 'renderer'),
    build: { outDir: resolve(root, 'out/renderer') },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'silent'
  })
  const address = server.httpServer.address()
  const url = `http://127.0.0.1:${address.port}/`
  const profiles = []
  const open = async () => {
    const profile = mkdtempSync(join(tmpdir(), 'armslength-bench-'))
    profiles.push(profile)
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, viewport: { width: 1280, height: 900 }, args: ARGS })
    const page = context.pages()[0] ?? (await context.newPage())
    const errors = []
    page.on('pageerror', (error) => errors.push(error.message))
    return { context, page, errors }
  }
  try {
    return await fn({ url, open })
  } finally {
    await server.close()
    for (const profile of profiles) rmSync(profile, { recursive: true, force: true })
  }
}

/**
 * @param {string} root repository root
 * @param {string} seedText the store document to load
 * @param {number} samples
 * @param {string | null} profileDir when set, one more load is CPU-profiled (CDP) into this folder
 */
export async function measureLoad(root, seedText, samples = 5, profileDir = null) {
  return withBrowser(root, async ({ url, open }) => {
    const { context, page, errors } = await open()
    try {
      await page.goto(url)
      await page.waitForSelector('.result-count', { timeout: 30_000 })
      await seedStore(page, url, seedText)
      await page.addInitScript(registerProbe)
      const runs = []
      for (let i = 0; i < samples; i++) {
        // via about:blank, so every sample is a full page load (a hash change alone would not reload)
        await page.goto('about:blank')
        await page.goto(`${url}#/`, { waitUntil: 'commit' })
        await page.waitForFunction(() => window.__benchLoad?.done, undefined, { timeout: 60_000, polling: 50 })
        const done = await page.evaluate(() => window.__benchLoad.done)
        runs.push(done)
      }
      if (profileDir) {
        await page.goto('about:blank')
        const cdp = await context.newCDPSession(page)
        await cdp.send('Profiler.enable')
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
        await cdp.send('Profiler.start')
        await page.goto(`${url}#/`, { waitUntil: 'commit' })
        await page.waitForFunction(() => window.__benchLoad?.done, undefined, { timeout: 60_000, polling: 50 })
        const { profile } = await cdp.send('Profiler.stop')
        mkdirSync(profileDir, { recursive: true })
        writeFileSync(join(profileDir, 'browser-load.cpuprofile'), JSON.stringify(profile))
      }
      if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`)
      return runs
    } finally {
      await context.close()
    }
  })
}

/**
 * @param {string} root repository root
 * @param {string} seedText the store document (must hold an empty draft `assessmentId`)
 * @param {string} assessmentId
 * @param {number} samples
 * @param {number | null} gapMs null: each click waits for the previous autosave ("All changes saved");
 *   a number: clicks follow each other about every gapMs (0.6–1.4 × gapMs, spread by a golden-ratio
 *   sequence so they land on every phase of the previous autosave), whatever it is doing
 */
export async function measureAnswer(root, seedText, assessmentId, samples = 30, gapMs = null) {
  return withBrowser(root, async ({ url, open }) => {
    const { context, page, errors } = await open()
    try {
      await page.goto(url)
      await page.waitForSelector('.result-count', { timeout: 30_000 })
      await seedStore(page, url, seedText)
      await page.goto(`${url}#/assessments/${assessmentId}/questions`, { waitUntil: 'commit' })
      await page.reload()
      await page.waitForSelector('[data-testid="live-band"]', { timeout: 60_000 })
      const radios = page.locator('.question-card fieldset.option-group').first().locator('input[type=radio]')
      const count = await radios.count()
      if (count < 2) throw new Error('the first question has fewer than two options')
      // the question starts unanswered (score 0): highest risk first, then lowest, so every click changes the score
      const boxes = await Promise.all([radios.nth(count - 1), radios.nth(0)].map((r) => r.boundingBox()))
      if (boxes.some((b) => b === null)) throw new Error('an option is not visible')
      // why: raw mouse input at fixed points, not locator.click(): Playwright's actionability checks run
      // script in the page and would wait for a busy main thread, hiding exactly the delay we measure
      const targets = boxes.map((b) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 }))
      // One probe for every click, installed once: arming it before each click with page.evaluate would
      // wait for a busy main thread, so no click could ever land on an autosave in progress.
      await page.evaluate(() => {
        const answers = []
        window.__benchAnswers = answers
        const band = document.querySelector('[data-testid="live-band"]')
        document.addEventListener(
          'click',
          (event) => {
            if (!(event.target instanceof Element) || !event.target.closest('.question-card')) return
            // capture phase: React has not rendered this answer yet, so the text is the previous score
            const before = band.textContent
            const r = { start: event.timeStamp, changedAt: null, frameAt: null, savedAt: null }
            answers.push(r)
            const observer = new MutationObserver(() => {
              if (band.textContent === before || r.changedAt !== null) return
              observer.disconnect()
              r.changedAt = performance.now()
              requestAnimationFrame(() => (r.frameAt = performance.now()))
            })
            observer.observe(band, { childList: true, subtree: true, characterData: true })
          },
          true
        )
        // "All changes saved" after "Saving…": the autosave of every answer so far is acknowledged
        let saving = false
        new MutationObserver(() => {
          const text = document.querySelector('.save-state')?.textContent
          if (text === 'Saving…') saving = true
          else if (text === 'All changes saved' && saving) {
            saving = false
            const now = performance.now()
            for (const r of answers) r.savedAt ??= now
          }
        }).observe(document.body, { childList: true, subtree: true, characterData: true })
      })
      for (let i = 0; i < samples + 1; i++) {
        const sentAt = Date.now()
        await page.mouse.click(targets[i % 2].x, targets[i % 2].y)
        if (gapMs === null) {
          // a person reading each question: the next click comes after the autosave
          await page.waitForFunction((n) => window.__benchAnswers[n]?.frameAt != null && window.__benchAnswers[n]?.savedAt != null, i, { timeout: 60_000, polling: 50 })
        } else {
          // timed here in Node, not by polling in the page, for the same reason as the probe
          const gap = gapMs * (0.6 + 0.8 * ((i * 0.6180339887) % 1))
          await new Promise((resolveWait) => setTimeout(resolveWait, Math.max(0, gap - (Date.now() - sentAt))))
        }
      }
      await page.waitForFunction((n) => window.__benchAnswers.length === n && window.__benchAnswers.every((r) => r.frameAt !== null), samples + 1, { timeout: 60_000, polling: 50 })
      // the first click also warms up the page; it is not a sample
      const answers = (await page.evaluate(() => window.__benchAnswers)).slice(1)
      const latencies = answers.map((r) => r.frameAt - r.start)
      const toSaved = answers.filter((r) => r.savedAt !== null).map((r) => r.savedAt - r.start)
      if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`)
      return { latencies, toSaved }
    } finally {
      await context.close()
    }
  })
}
