// What the browser edition's web server (vite preview and dev, scripts/web.mjs; the e2e harness too)
// adds to every response, as a Vite plugin:
// - refuses framing: `Content-Security-Policy: frame-ancestors 'none'` and `X-Frame-Options: DENY`. Any
//   page on another local port could otherwise frame the app with the user's data showing (clickjacking).
//   frame-ancestors only works as a header, so the <meta> policy in index.html cannot carry it.
// - one canonical origin: the data lives in the storage of one origin, and http://localhost:<port> is a
//   different origin from http://127.0.0.1:<port>, showing a silently empty store. Requests naming
//   localhost (or [::1]) are redirected to 127.0.0.1 on the same port, path and query.

/** The browser edition's default port: distinctive, below Linux's ephemeral range, not a common dev port. */
export const DEFAULT_WEB_PORT = 28471

export const FRAME_HEADERS = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer'
}

const OTHER_LOOPBACK_NAME = /^(localhost|\[::1\])(:\d{1,5})?$/i

/** The canonical URL for a request that reached us under another loopback name, or null when it is canonical. */
export function canonicalRedirect(host, url) {
  const match = OTHER_LOOPBACK_NAME.exec(host ?? '')
  if (!match) return null
  const path = typeof url === 'string' && url.startsWith('/') ? url : '/'
  return `http://127.0.0.1${match[2] ?? ''}${path}`
}

/** Connect middleware: the headers on every response, and the redirect. */
export function webServerPolicyMiddleware(req, res, next) {
  for (const [name, value] of Object.entries(FRAME_HEADERS)) res.setHeader(name, value)
  const location = canonicalRedirect(req.headers.host, req.url)
  if (location !== null) {
    // 308 keeps the method; the body says where, for anything that does not follow redirects
    res.statusCode = 308
    res.setHeader('Location', location)
    res.setHeader('Content-Type', 'text/plain; charset=utf-8')
    res.end(`Arm's Length lives at ${location}\n`)
    return
  }
  next()
}

/** The Vite plugin: the middleware first, before Vite serves anything, in both preview and dev. */
export function webServerPolicy() {
  return {
    name: 'armslength-web-server-policy',
    configureServer(server) {
      server.middlewares.use(webServerPolicyMiddleware)
    },
    configurePreviewServer(server) {
      server.middlewares.use(webServerPolicyMiddleware)
    }
  }
}
