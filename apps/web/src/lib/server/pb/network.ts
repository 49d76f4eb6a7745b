import { isIPv4, isIPv6 } from 'node:net';

/**
 * A coarse network prefix of an address, for the vote-validation checks (many new accounts from
 * one network): IPv4 to its /24, IPv6 to its /48 — a neighbourhood's provider, not a household.
 * The full address is never stored; the prefix is erased when results are published
 * (decision 053). Anything unparseable gives null.
 */
export function networkPrefix(address: string | undefined | null): string | null {
  if (!address) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  const a = mapped ? mapped[1]! : address;
  if (isIPv4(a)) return `${a.split('.').slice(0, 3).join('.')}.0/24`;
  if (!isIPv6(a)) return null;
  const [head = '', tail = ''] = a.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = a.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left;
  const first = groups.slice(0, 3).map((g) => parseInt(g, 16).toString(16));
  return `${first.join(':')}::/48`;
}
