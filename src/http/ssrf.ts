import { lookup as dnsLookup } from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * A list on GitHub is written by strangers; checking its links from a CI runner or a laptop must
 * not become a way to reach that machine's own network (cloud metadata at 169.254.169.254, a
 * router, a database on localhost). So, unless allowed, we never connect to an address that is not
 * public unicast, whether the URL names it, DNS resolves to it, or a redirect leads to it.
 */

const blockedIPv4 = new Set(['unspecified', 'broadcast', 'multicast', 'linkLocal', 'loopback', 'carrierGradeNat', 'private', 'reserved']);
/** Anything else in ipaddr.js's IPv6 table (site-local, discard, documentation, ORCHID, …) is no public host either. */
const publicIPv6 = new Set(['unicast', 'teredo', 'amt', 'as112v6']);

/** The special range an address lies in, e.g. "loopback"; undefined for a public unicast address or a non-address. */
export function nonPublicRange(address: string): string | undefined {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(stripBrackets(address));
  } catch {
    return undefined;
  }
  if (parsed.kind() === 'ipv4') {
    const range = parsed.range();
    return blockedIPv4.has(range) ? range : undefined;
  }
  const v6 = parsed as ipaddr.IPv6;
  // An IPv6 address that carries an IPv4 one reaches that IPv4 host: judge the IPv4 address.
  const embedded = embeddedIPv4(v6);
  if (embedded) {
    const inner = nonPublicRange(embedded.toString());
    return inner === undefined ? undefined : `${v6.range() === 'unicast' ? 'ipv4Compatible' : v6.range()} ${inner}`;
  }
  const range = v6.range();
  return publicIPv6.has(range) ? undefined : range;
}

function embeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4 | undefined {
  const words = address.parts;
  const low32 = () => new ipaddr.IPv4([(words[6] ?? 0) >> 8, (words[6] ?? 0) & 0xff, (words[7] ?? 0) >> 8, (words[7] ?? 0) & 0xff]);
  switch (address.range()) {
    case 'ipv4Mapped': // ::ffff:a.b.c.d
    case 'rfc6145': // ::ffff:0:a.b.c.d
      return low32();
    case 'rfc6052': // 64:ff9b::a.b.c.d (NAT64); the local-use 64:ff9b:1::/48 keeps no fixed place for it
      return words[2] === 0 ? low32() : new ipaddr.IPv4([0, 0, 0, 0]);
    case '6to4': // 2002:aabb:ccdd::
      return new ipaddr.IPv4([(words[1] ?? 0) >> 8, (words[1] ?? 0) & 0xff, (words[2] ?? 0) >> 8, (words[2] ?? 0) & 0xff]);
    default:
      // ::a.b.c.d, the deprecated IPv4-compatible form (but not :: and ::1, which have ranges of their own).
      if (words.slice(0, 6).every((word) => word === 0) && address.range() === 'unicast') return low32();
      return undefined;
  }
}

const stripBrackets = (host: string) => (host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host);

/** Hostnames compare without case, brackets or a trailing dot; IP literals by value (`::1` equals `0:0::1`). */
function canonicalHost(host: string): string {
  const bare = stripBrackets(host.trim().toLowerCase()).replace(/\.$/, '');
  try {
    return ipaddr.parse(bare).toString();
  } catch {
    return bare;
  }
}

/** Decides from the options whether a host (as written in a URL or a redirect) may be private. */
export function privateHostAllowance(allow: boolean | string[]): (host: string) => boolean {
  if (allow === true) return () => true;
  if (allow === false) return () => false;
  const allowed = new Set(allow.map(canonicalHost));
  return (host) => allowed.has(canonicalHost(host));
}

/** RFC 6761: `localhost` and its subdomains are loopback whatever DNS says. */
const isLocalhostName = (host: string) => /(?:^|\.)localhost$/.test(canonicalHost(host));

/**
 * Why a URL's host must not be contacted before any DNS: a literal non-public IP or a localhost
 * name. Hostnames are judged later, by address, when the connection is made.
 */
export function literalPrivateHost(hostname: string, allowed: (host: string) => boolean): string | undefined {
  if (allowed(hostname)) return undefined;
  if (isLocalhostName(hostname)) return `private host ${canonicalHost(hostname)}`;
  if (nonPublicRange(hostname) !== undefined) return `private address ${canonicalHost(hostname)}`;
  return undefined;
}

/** Raised by our DNS lookup so that no socket is ever opened to a non-public address. */
export class PrivateAddressError extends Error {
  override name = 'PrivateAddressError';
  readonly code = 'ELINTLISTPRIVATE';
  constructor(
    readonly hostname: string,
    readonly address: string,
  ) {
    super(`private address ${address} via ${hostname}`);
  }
}

export type Resolve = (hostname: string) => Promise<Array<{ address: string; family: 4 | 6 }>>;

export const systemResolve: Resolve = (hostname) =>
  new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true }, (error, addresses) => {
      if (error) reject(error);
      else resolve(addresses.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 })));
    });
  });

/**
 * The `lookup` that undici's connector hands to net/tls.connect. Checking the address here, at
 * connect time, rather than the hostname beforehand, leaves no gap for DNS to answer differently
 * between our check and the connection. If any address of a host is non-public the host is refused
 * whole, so that a name with one public and one private record cannot be steered to the private one.
 */
export function guardedLookup(resolve: Resolve, allowed: (host: string) => boolean): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (found) => {
        const wanted = options.family === 4 || options.family === 6 ? found.filter((a) => a.family === options.family) : found;
        if (wanted.length === 0) {
          callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname }), '', 4);
          return;
        }
        if (!allowed(hostname)) {
          const bad = wanted.find((a) => nonPublicRange(a.address) !== undefined);
          if (bad) {
            callback(new PrivateAddressError(hostname, bad.address), '', 4);
            return;
          }
        }
        if (options.all) callback(null, wanted);
        else callback(null, wanted[0]?.address ?? '', wanted[0]?.family ?? 4);
      },
      (error: unknown) => callback(error as NodeJS.ErrnoException, '', 4),
    );
  };
}
