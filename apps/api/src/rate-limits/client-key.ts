import ipaddr from 'ipaddr.js';

/** Rate limits key IPv6 clients by their /64 (one subscriber's whole block) and IPv4 by address. */
export function clientKey(ip: string | null): string {
  if (!ip || !ipaddr.isValid(ip)) return 'unknown';
  const parsed = ipaddr.parse(ip);
  if (parsed instanceof ipaddr.IPv4) return parsed.toString();
  if (parsed.isIPv4MappedAddress()) return parsed.toIPv4Address().toString();
  return `${parsed.parts
    .slice(0, 4)
    .map((p) => p.toString(16))
    .join(':')}::/64`;
}
