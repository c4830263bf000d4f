import { BlockList, isIP } from 'node:net';

/**
 * Addresses a fetch never connects to: this machine, private networks, link-local (where cloud
 * metadata services answer, 169.254.169.254 and fd00:ec2::254), carrier-grade NAT, multicast,
 * documentation and reserved ranges. IPv4 written inside IPv6 (::ffff:10.0.0.1, NAT64, 6to4,
 * Teredo) is refused whole: a public site gives its IPv4 address as such.
 */
// Two lists: Node matches an IPv4 address against IPv6 rules too (::ffff:0:0/96 would take all).
const BLOCKED_V4 = new BlockList();
const BLOCKED_V6 = new BlockList();
const IPV4_RANGES: Array<[string, number]> = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];
const IPV6_RANGES: Array<[string, number]> = [
  ['::', 128],
  ['::1', 128],
  ['::ffff:0:0', 96],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001::', 23],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
];
for (const [network, prefix] of IPV4_RANGES) BLOCKED_V4.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of IPV6_RANGES) BLOCKED_V6.addSubnet(network, prefix, 'ipv6');

/** True for an address on the public internet; false for the ranges above and for non-addresses. */
export function isPublicAddress(address: string): boolean {
  const version = isIP(address);
  if (version === 4) return !BLOCKED_V4.check(address, 'ipv4');
  return version === 6 && !BLOCKED_V6.check(address, 'ipv6') && !BLOCKED_V4.check(address, 'ipv6');
}
