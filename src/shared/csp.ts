/**
 * The Content Security Policy, one string for both places it is applied: the `Content-Security-
 * Policy` header the gloss:// protocol handler sends, and the `<meta>` tag the build writes into
 * index.html (so the web host gets it too). Only the app's own files may load; no inline script
 * or style, no network, no frames, no forms.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * The policy of the development server's page (`npm run dev`, `npm run dev:web`), and only of
 * it: Vite's client injects each stylesheet as an inline `<style>` to hot-reload it. Its
 * reload socket is covered by `connect-src 'self'` (same host and port, over ws:).
 */
export const DEV_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
  "style-src 'self'",
  "style-src 'self' 'unsafe-inline'",
)
