const DEV_HOSTS = new Set(['localhost', '127.0.0.1'])

/**
 * The electron-vite dev server origin, or null. Only a plain http URL on this machine counts, and
 * only in an unpackaged build: an ELECTRON_RENDERER_URL in a user's environment must never make the
 * installed app load (and trust) some other page.
 */
export function devServerOrigin(env: Record<string, string | undefined>, isPackaged: boolean): string | null {
  const raw = env['ELECTRON_RENDERER_URL']
  if (isPackaged || raw === undefined || raw === '') return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  if (url.protocol !== 'http:' || !DEV_HOSTS.has(url.hostname)) return null
  return url.origin
}
