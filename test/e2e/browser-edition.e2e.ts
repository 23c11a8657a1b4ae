import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { axeViolations, expectText, openApp, screenshot, type Harness } from './harness'

/**
 * The browser edition's own guarantees (issue 13.5, 15.4): it says where the data lives and what
 * removes it, offers a backup file, refuses to be framed, has one origin, and copies diagnostics
 * without content.
 */
describe('browser edition: storage, framing, origin, diagnostics', () => {
  let h: Harness
  let framer: Server
  let framerUrl: string

  beforeAll(async () => {
    h = await openApp()
    // another local page, on another port, that tries to show the app in a frame (clickjacking)
    framer = createServer((_req, res) => {
      res.setHeader('Content-Type', 'text/html')
      res.end(`<!doctype html><title>framer</title><iframe id="app" src="${h.url}" width="800" height="600"></iframe>`)
    })
    await new Promise<void>((done) => framer.listen(0, '127.0.0.1', done))
    const address = framer.address()
    if (!address || typeof address === 'string') throw new Error('no port')
    framerUrl = `http://127.0.0.1:${address.port}/`
  })
  afterAll(async () => {
    await h.close()
    await new Promise((done) => framer.close(done))
  })

  test('Settings says where the data lives, that clearing site data removes the backups too, and downloads a backup file', async () => {
    await h.page.goto(`${h.url}#/settings`)
    const card = h.page.getByRole('region', { name: 'Where your data lives' })
    await expectText(card.locator('dd').first(), h.url.replace(/\/$/, ''))
    await expectText(card.locator('dd').nth(1), /^(Persistent|Best-effort|Unknown):/)
    expect(await card.textContent()).toContain("Clearing this site's data in the browser deletes everything: the data and its backups")
    const download = h.page.waitForEvent('download')
    await card.getByRole('button', { name: 'Download a backup file' }).click()
    expect((await download).suggestedFilename()).toMatch(/\.json$/)
    await expectText(card.getByRole('status'), /^Saved as /)
    await card.scrollIntoViewIfNeeded()
    await screenshot(h.page, 'settings-browser-storage')
    expect(await axeViolations(h.page)).toEqual([])
  })

  test('Copy diagnostic information shows versions, counts and the log, without content', async () => {
    await h.page.goto(`${h.url}#/settings`)
    const card = h.page.getByRole('region', { name: 'Diagnostic information' })
    await card.getByRole('button', { name: 'Copy diagnostic information' }).click()
    const text = card.getByLabel('Text to send to support')
    await expectText(card.getByRole('status'), /Copied|Select the text below/)
    const value = await text.inputValue()
    expect(value).toContain('(browser edition)')
    expect(value).toMatch(/Store format version: \d+/)
    expect(value).toMatch(/INFO app-start version=\S+ edition=browser/)
    await card.scrollIntoViewIfNeeded()
    await screenshot(h.page, 'settings-diagnostics')
    expect(await axeViolations(h.page)).toEqual([])
  })

  test('another page cannot show the app in a frame', async () => {
    const page = await h.context.newPage()
    await page.goto(framerUrl, { waitUntil: 'load' })
    const frame = page.frames().find((f) => f !== page.mainFrame())
    if (!frame) throw new Error('the framing page has no frame')
    // the browser refuses the framed document: the frame holds its error page, never the app's document
    const framed = await frame
      .evaluate(() => ({ title: document.title, hasRoot: document.getElementById('root') !== null }))
      .catch(() => null)
    expect(framed?.title ?? '').not.toBe("Arm's Length")
    expect(framed?.hasRoot ?? false).toBe(false)
    expect(frame.url()).not.toBe(h.url)
    await page.close()
  })

  test('localhost is sent to the one canonical origin, where the data is', async () => {
    const page = await h.context.newPage()
    const localhostUrl = h.url.replace('127.0.0.1', 'localhost')
    await page.goto(`${localhostUrl}#/settings`)
    expect(page.url()).toBe(`${h.url}#/settings`)
    await page.close()
  })
})
