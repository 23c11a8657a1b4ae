/**
 * The renderer's Content Security Policy, exactly as renderer/index.html carries it in a <meta> tag
 * (the delivery that works before any main-process hook runs; a test keeps the two equal). Kept free
 * of imports so tests and a renderer check can compare against it.
 *
 * Why each directive:
 * - default-src 'none': anything not listed below is refused, so a new resource kind fails closed;
 * - script-src 'self': only our bundled scripts, no inline script, no eval;
 * - style-src 'self': bundled stylesheets only. React `style={…}` props still work: they are applied
 *   through the CSSOM, which CSP does not govern, so 'unsafe-inline' is not needed;
 * - img/font data: and blob:: inlined icons, fonts and generated PDF previews, never remote;
 * - connect-src 'self': no fetch/XHR/WebSocket to anywhere else (the app is offline);
 * - object-src, base-uri, form-action: close plugin, <base> and form-post tricks.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'"
].join('; ')

/**
 * The same policy as a response header, which main adds to every app response. frame-ancestors only
 * works in a header (browsers ignore it in <meta>), so it is added here: nothing may frame our page.
 */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`
