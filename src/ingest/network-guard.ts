/** The network guard: which URLs and addresses the fetcher may connect to (no private, loopback, link-local, … unless allow-listed). */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { SourceError } from './errors.js';

/** ipaddr.js ranges refused by default, with the reason given to the user. */
const BLOCKED: Record<string, string> = {
  private: 'a private network address',
  loopback: 'a loopback address',
  linkLocal: 'a link-local address (cloud metadata endpoints live here)',
  uniqueLocal: 'a unique-local IPv6 address',
  carrierGradeNat: 'a carrier-grade NAT address',
  unspecified: 'an unspecified address',
  broadcast: 'a broadcast address',
  multicast: 'a multicast address',
  reserved: 'a reserved address',
  ipv4Mapped: 'an IPv4-mapped address',
  rfc6145: 'an IPv4-translated address',
  rfc6052: 'a NAT64 address',
  '6to4': 'a 6to4 address',
  teredo: 'a Teredo address',
  benchmarking: 'a benchmarking address',
  amt: 'an AMT address',
  as112: 'an AS112 address',
  deprecated: 'a deprecated address',
  orchid2: 'an ORCHIDv2 address',
  droneRemoteIdProtocolEntityTags: 'a reserved address',
};

/**
 * Why an IP address is refused, or null when it may be used. IPv4-mapped IPv6 is judged as the IPv4 it maps.
 * @example blockedReason('169.254.169.254') === 'a link-local address (cloud metadata endpoints live here)'
 */
export function blockedReason(ip: string): string | null {
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    addr = ipaddr.process(ip.replace(/^\[|\]$/g, ''));
  } catch {
    return 'not a valid IP address';
  }
  const range = addr.range();
  if (range === 'unicast') return null;
  return BLOCKED[range] ?? `a non-public address (${range})`;
}

/** Host name of a URL without IPv6 brackets. */
export function hostOf(u: URL): string {
  return u.hostname.replace(/^\[|\]$/g, '').toLowerCase();
}

function isAllowed(hostOrIp: string, allowHosts: string[]): boolean {
  const h = hostOrIp.toLowerCase();
  return allowHosts.some((a) => {
    const x = a.toLowerCase().replace(/^\[|\]$/g, '');
    if (x === h) return true;
    if (ipaddr.isValid(x) && ipaddr.isValid(h)) return ipaddr.process(x).toString() === ipaddr.process(h).toString();
    return false;
  });
}

/** Checks scheme and a literal-IP host before anything else happens. Throws SourceError (`bad-url` / `blocked-address`). */
export function checkUrl(url: URL, source: string, allowHosts: string[]): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SourceError({
      source,
      format: 'guard',
      code: 'bad-url',
      reason: `refused: only http and https URLs are fetched (got ${url.protocol.replace(/:$/, '')})`,
    });
  }
  if (url.username || url.password) {
    throw new SourceError({ source, format: 'guard', code: 'bad-url', reason: 'refused: URLs with credentials are not fetched' });
  }
  const host = hostOf(url);
  if (isAllowed(host, allowHosts)) return;
  if (ipaddr.isValid(host)) {
    const why = blockedReason(host);
    if (why) throw blocked(source, host, why);
  }
}

function blocked(source: string, host: string, why: string, resolved?: string): SourceError {
  const target = resolved ? `${host} resolves to ${resolved}, ${why}` : `${host} is ${why}`;
  return new SourceError({
    source,
    format: 'guard',
    code: 'blocked-address',
    reason: `refused: ${target}; add the host to ingest.allowHosts to fetch it anyway`,
  });
}

/**
 * A `lookup` for node:http that resolves the name and refuses blocked addresses before the socket connects
 * (so a DNS name pointing at 10.x or 169.254.169.254 never gets a connection).
 */
export function guardedLookup(source: string, allowHosts: string[]): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const list = addresses as LookupAddress[];
      if (!isAllowed(hostname, allowHosts)) {
        for (const a of list) {
          if (isAllowed(a.address, allowHosts)) continue;
          const why = blockedReason(a.address);
          if (why) return callback(blocked(source, hostname, why, a.address), '', 0);
        }
      }
      if (options.all) return (callback as (e: null, a: LookupAddress[]) => void)(null, list);
      const first = list[0];
      if (!first) return callback(new Error(`no address for ${hostname}`), '', 0);
      callback(null, first.address, first.family);
    });
  };
}
