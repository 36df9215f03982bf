/**
 * The server's security layer: response headers (a strict Content-Security-Policy: scripts and styles only as files
 * from this origin), the Host check against DNS rebinding on loopback, and the access token a non-loopback bind needs.
 */
import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

/** No inline script or style, nothing from other origins, no framing, no plugins. */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Content-Security-Policy', CSP);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('X-Frame-Options', 'DENY');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('Cross-Origin-Opener-Policy', 'same-origin');
  c.header('Cross-Origin-Resource-Policy', 'same-origin');
  c.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
};

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** True for a host name or address that only this machine can reach. */
export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Why the server must not start on `host` (a non-loopback bind without an access token), or null. */
export function bindRefusal(host: string, token: string | undefined): string | null {
  if (isLoopback(host)) return null;
  if (token && token.length >= 16) return null;
  return token
    ? `[web] refusing to listen on ${host}: the access token is shorter than 16 characters`
    : `[web] refusing to listen on ${host}: binding beyond this machine needs an access token (set web.token in the config or FACTBRIEF_TOKEN), or use --host 127.0.0.1`;
}

/** On a loopback bind, only requests addressed to a loopback name are served (a rebound DNS name is refused). */
export function loopbackHostOnly(): MiddlewareHandler {
  return async (c, next) => {
    const host = (c.req.header('host') ?? '').replace(/:\d+$/, '');
    if (!isLoopback(host)) return c.text('[web] unexpected Host header', 421);
    await next();
  };
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const COOKIE = 'factbrief_token';

/**
 * Every request must carry the token: `Authorization: Bearer …`, the cookie, or `?token=…` once (which sets an
 * HttpOnly, SameSite=Strict cookie and redirects to the same URL without it).
 */
export function requireToken(token: string): MiddlewareHandler {
  return async (c, next) => {
    const bearer = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '')?.[1];
    const fromQuery = c.req.query('token');
    if (fromQuery !== undefined && same(fromQuery, token)) {
      setCookie(c, COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/' });
      const url = new URL(c.req.url);
      url.searchParams.delete('token');
      return c.redirect(url.pathname + url.search, 303);
    }
    if ((bearer && same(bearer, token)) || same(getCookie(c, COOKIE) ?? '', token)) return next();
    return c.text('[web] access token required', 401);
  };
}
