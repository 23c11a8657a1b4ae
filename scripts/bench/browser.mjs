// Browser-edition measures in Debian's Chromium (playwright-core), on the built renderer served by
// `vite preview` on 127.0.0.1 — the same set-up as the e2e harness (test/e2e/harness.ts).
//
//   load to interactive  IndexedDB seeded with a split store (the index under `store`, every assessment
//                        body under `body:<key>`; test/bench/write-seeds.ts), then navigations to the
//                        engagement register. Timed from navigation start (performance.timeOrigin) until the
//                        "Showing N of 1000" status is in the DOM, a frame has been produced after it
//                        (requestAnimationFrame) and a task queued then has run (the main thread is free
//                        again, so the table responds) — repeated while the page still changed meanwhile
//                        (a later render, such as the due dates arriving), so "interactive" is the register
//                        in its final state. Median of 5 navigations, each a full page load. Then one more
//                        load waits for the start-up backup the app defers by 5 s, and reports the long
//                        tasks it causes on the main thread.
//   answer → score       On the questionnaire: a real click (CDP input) on an option, timed from the
//                        click event's timeStamp until the live score panel (data-testid="live-band") has
//                        changed and the next frame has been produced. 30 clicks alternating between the
//                        lowest- and highest-risk options of the first question; p95. Clicks are spaced
//                        out until the autosave has finished, as a person answering would be. Long tasks
//                        on the main thread during the clicks are reported too.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { preview } from 'vite'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]
const SEED_PATH = '__bench_seed.kv'

/**
 * Installed before any page script runs: records when the register is shown and the page is idle again,
 * and every long task (≥ 50 ms) of the page's main thread.
 */
function registerProbe() {
  const probe = { done: null, longTasks: [] }
  window.__benchLoad = probe
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration })
  }).observe({ type: 'longtask' })
  let shownAt = null
  let changes = 0
  const observer = new MutationObserver(() => {
    if (shownAt !== null) {
      changes++
      return
    }
    const status = document.querySelector('.result-count')
    if (!status || !/Showing \d+ of 1000 /.test(status.textContent ?? '')) return
    shownAt = performance.now()
    settle(0)
  })
  // a frame, then a task queued in it; if the page changed in between (another render), once more
  const settle = (rounds) => {
    const before = changes
    requestAnimationFrame(() => {
      const frameAt = performance.now()
      setTimeout(() => {
        if (changes !== before && rounds < 20) {
          settle(rounds + 1)
          return
        }
        observer.disconnect()
        const firstRow = document.querySelector('table.data-table tbody tr')
        probe.done = {
          shownAt,
          frameAt,
          interactiveAt: performance.now(),
          settleRounds: rounds,
          rows: document.querySelectorAll('table.data-table tbody tr').length,
          // the "Next assessment" cell: it comes from the assessment summaries, so it shows they had arrived
          firstDue: firstRow?.children[8]?.textContent ?? null
        }
      }, 0)
    })
  }
  observer.observe(document, { childList: true, subtree: true, characterData: true })
}

/**
 * Replaces the page's IndexedDB contents with a seed: one record a line, `<key>\t<text>`, put under the
 * keys the browser persistence reads (renderer/src/platform/browser-persistence.ts), in one transaction.
 */
async function seedStore(page, url, seed) {
  // the app must have created its database before the seed replaces what is in it
  await page.goto(url)
  // the register's heading: shown once the store is open, whether it is empty (first run) or not
  await page.waitForSelector('#main h1', { timeout: 30_000 })
  await page.route(`${url}${SEED_PATH}`, (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: seed }))
  const count = await page.evaluate(async (path) => {
    const lines = (await (await fetch(path)).text()).split('\n')
    return new Promise((resolvePut, rejectPut) => {
      const request = indexedDB.open('armslength', 1)
      request.onupgradeneeded = () => request.result.createObjectStore('kv')
      request.onerror = () => rejectPut(request.error)
      request.onsuccess = () => {
        const tx = request.result.transaction('kv', 'readwrite')
        const kv = tx.objectStore('kv')
        kv.clear()
        for (const line of lines) {
          const tab = line.indexOf('\t')
          if (tab > 0) kv.put(line.slice(tab + 1), line.slice(0, tab))
        }
        tx.oncomplete = () => {
          request.result.close()
          resolvePut(lines.length)
        }
        tx.onerror = () => rejectPut(tx.error)
      }
    })
  }, `./${SEED_PATH}`)
  await page.unroute(`${url}${SEED_PATH}`)
  return count
}

/** Keys of the page's IndexedDB store (a second connection; the app's stays open). */
function storedKeys(page) {
  return page.evaluate(
    () =>
      new Promise((resolveKeys, rejectKeys) => {
        const request = indexedDB.open('armslength', 1)
        request.onerror = () => rejectKeys(request.error)
        request.onsuccess = () => {
          const keys = request.result.transaction('kv', 'readonly').objectStore('kv').getAllKeys()
          keys.onsuccess = () => {
            request.result.close()
            resolveKeys(keys.result.map(String))
          }
          keys.onerror = () => rejectKeys(keys.error)
        }
      })
  )
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
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: ARGS
    })
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
 * @param {string} seed the store to load, as written by test/bench/write-seeds.ts
 * @param {number} samples
 * @param {string | null} profileDir when set, one more load is CPU-profiled (CDP) into this folder
 * @returns {Promise<{ runs: object[], backup: object }>} the loads, and what the deferred start-up backup of
 *   one more load did: when its record was in IndexedDB, and the page's long tasks after interactive
 */
export async function measureLoad(root, seed, samples = 5, profileDir = null) {
  return withBrowser(root, async ({ url, open }) => {
    const { context, page, errors } = await open()
    try {
      await seedStore(page, url, seed)
      await page.addInitScript(registerProbe)
      const load = async () => {
        // via about:blank, so every sample is a full page load (a hash change alone would not reload)
        await page.goto('about:blank')
        await page.goto(`${url}#/`, { waitUntil: 'commit' })
        await page.waitForFunction(() => window.__benchLoad?.done, undefined, { timeout: 60_000, polling: 50 })
        return page.evaluate(() => window.__benchLoad.done)
      }
      const runs = []
      // each page is left within a second or two, long before the app's 5 s start-up backup would run
      for (let i = 0; i < samples; i++) runs.push(await load())
      const backup = await deferredBackup(page, load, profileDir && (() => context.newCDPSession(page)), profileDir)
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
      return { runs, backup }
    } finally {
      await context.close()
    }
  })
}

/**
 * One more load, then stays on the register until the start-up backup's record appears. With a profile
 * folder, the time from interactive to the backup's record is CPU-profiled into browser-backup.cpuprofile.
 */
async function deferredBackup(page, load, newCdp = null, profileDir = null) {
  const isMeta = (k) => k.startsWith('backup:') && k.endsWith(':meta')
  const before = (await storedKeys(page)).filter(isMeta).length
  const done = await load()
  const cdp = newCdp ? await newCdp() : null
  if (cdp) {
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 })
    await cdp.send('Profiler.start')
  }
  const deadline = Date.now() + 60_000
  let backupSeenAt = null
  while (backupSeenAt === null) {
    if (Date.now() > deadline) throw new Error('the deferred start-up backup was not written within 60 s of the load')
    await new Promise((resolveWait) => setTimeout(resolveWait, 100))
    if ((await storedKeys(page)).filter(isMeta).length > before) backupSeenAt = await page.evaluate(() => performance.now())
  }
  if (cdp) {
    const { profile } = await cdp.send('Profiler.stop')
    mkdirSync(profileDir, { recursive: true })
    writeFileSync(join(profileDir, 'browser-backup.cpuprofile'), JSON.stringify(profile))
    await cdp.detach()
  }
  const after = await page.evaluate((t) => window.__benchLoad.longTasks.filter((task) => task.start >= t), done.interactiveAt)
  return {
    interactiveAt: done.interactiveAt,
    backupSeenAt,
    longTasks: after.length,
    longestTaskMs: Math.max(0, ...after.map((t) => t.duration)),
    longTaskMs: after.reduce((sum, t) => sum + t.duration, 0),
    firstLongTaskAt: after[0]?.start ?? null
  }
}

/**
 * @param {string} root repository root
 * @param {string} seed the store, as written by test/bench/write-seeds.ts (must hold an empty draft `assessmentId`)
 * @param {string} assessmentId
 * @param {number} samples
 * @param {number | null} gapMs null: each click waits for the previous autosave ("All changes saved");
 *   a number: clicks follow each other about every gapMs (0.6–1.4 × gapMs, spread by a golden-ratio
 *   sequence so they land on every phase of the previous autosave), whatever it is doing
 */
export async function measureAnswer(root, seed, assessmentId, samples = 30, gapMs = null) {
  return withBrowser(root, async ({ url, open }) => {
    const { context, page, errors } = await open()
    try {
      await seedStore(page, url, seed)
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
        // long tasks while answering: an autosave, or the start-up backup the app runs 5 s after start
        const longTasks = []
        window.__benchLongTasks = longTasks
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration })
        }).observe({ type: 'longtask' })
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
          await page.waitForFunction((n) => window.__benchAnswers[n]?.frameAt != null && window.__benchAnswers[n]?.savedAt != null, i, {
            timeout: 60_000,
            polling: 50
          })
        } else {
          // timed here in Node, not by polling in the page, for the same reason as the probe
          const gap = gapMs * (0.6 + 0.8 * ((i * 0.6180339887) % 1))
          await new Promise((resolveWait) => setTimeout(resolveWait, Math.max(0, gap - (Date.now() - sentAt))))
        }
      }
      await page.waitForFunction(
        (n) => window.__benchAnswers.length === n && window.__benchAnswers.every((r) => r.frameAt !== null),
        samples + 1,
        { timeout: 60_000, polling: 50 }
      )
      // the first click also warms up the page; it is not a sample
      const answers = (await page.evaluate(() => window.__benchAnswers)).slice(1)
      const latencies = answers.map((r) => r.frameAt - r.start)
      const toSaved = answers.filter((r) => r.savedAt !== null).map((r) => r.savedAt - r.start)
      const from = answers[0]?.start ?? 0
      const to = Math.max(...answers.map((r) => r.savedAt ?? r.frameAt))
      const longTasks = (await page.evaluate(() => window.__benchLongTasks)).filter((t) => t.start + t.duration >= from && t.start <= to)
      if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`)
      // times are from the navigation start of the page, as the start-up backup's 5 s delay is
      return {
        latencies,
        toSaved,
        fromMs: from,
        toMs: to,
        longTasks: longTasks.length,
        longestTaskMs: Math.max(0, ...longTasks.map((t) => t.duration))
      }
    } finally {
      await context.close()
    }
  })
}
