import fc from 'fast-check';

/**
 * Web addresses as people and scripts type them, near an http(s) URL and off in every way the
 * WHATWG URL parser repairs or refuses: scheme case, slashes, user info, hosts, ports, characters
 * a URL may not hold as typed.
 * @packageDocumentation
 */

const schemes = fc.oneof(
  fc.mixedCase(fc.constantFrom('https', 'http')),
  fc.constantFrom('ftp', 'file', 'ws', 'javascript', 'mailto', 'httpx', 'http s', ''),
);

// How the scheme is separated from the host, including what WHATWG repairs: one slash, none, backslashes.
const separators = fc.constantFrom(
  '://',
  ':',
  ':/',
  ':///',
  ':\\\\',
  ':\\',
  ':/\\',
  '//',
  '',
  ': //',
  '\\\\',
);

const userInfos = fc.constantFrom('', '', '', 'user@', 'u:p@', '@', 'a@b@', 'ü@', '%zz@', 'a b@', 'a/b@');

/** Hosts: plain, non-ASCII, IP addresses, and the ones WHATWG refuses or repairs. */
const hosts = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('example.go.id', 'sikoja.jambikota.go.id', 'jambikota.go.id') },
  { weight: 2, arbitrary: fc.mixedCase(fc.constantFrom('bücher.de', 'example.go.id', 'xn--bcher-kva.de')) },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      ...['localhost', '127.0.0.1', '0x7f.1', '1.2.3.256', '999999999999', 'a.1', 'a.0x', '1.2.3.4.5'],
      ...['[::1]', '[::1', '[zz::1]', '[:::1]', '[fe80::1%25eth0]', 'a[b]', ']a'],
      ...['a%41.id', 'a%zz.id', 'a%2F.id', '%', 'a_b.id', 'a..b', '-a-.id', 'a.id.', 'xn--', 'xn--a.id'],
      ...['Ａ.id', 'a。id', '日本.jp', '🙂.id', 'ä.ä', '\u00ADa.id', 'a\u200Bb.id', '¨a.id', 'a\u0301.id'],
      ...[
        'a<b.id',
        'a>b',
        'a|b',
        'a^b',
        'a{b}.id',
        'a"b.id',
        'a`b',
        "a'b",
        'a*b',
        'a,b',
        'a;b',
        'a=b',
        'a!b',
      ],
      ...['ex ample.id', 'a\tb', '', ':80', 'a:b'],
    ),
  },
  { weight: 2, arbitrary: fc.domain() },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);

const ports = fc.constantFrom(
  '',
  '',
  '',
  ':',
  ':80',
  ':443',
  ':0',
  ':65535',
  ':65536',
  ':00080',
  ':8a',
  ':-1',
);

/** What follows the host: paths with characters a URL may not hold as typed, queries, fragments. */
const rests = fc.oneof(
  fc.constantFrom('', '/', '/berita/sikoja', '/a|b', '/{x}', '/^', '/"q"', '/<a>', '/[x]', '/%zz', '/%41'),
  fc.constantFrom(
    '\\path\\x',
    '?q=1&r=|',
    '?x={}^[]',
    '#frag',
    '#a#b',
    '/ä/ö',
    '/a b',
    '/a\u0000',
    '/\u0085',
  ),
  fc.constantFrom('/😀', '/\uD800', '/\u00A0', '/`x`', '/\u2028', '?', '#', '/..', '/./a/../b'),
  fc.webPath(),
  fc.webQueryParameters().map((q) => `?${q}`),
  fc.string({ unit: 'grapheme', maxLength: 12 }).map((s) => `/${s}`),
);

const padding = fc.oneof(
  { weight: 12, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom(' ', '\n', '\t', '\u0001', '\u00A0', '\u0085') },
);

/** Web addresses as typed: mostly near an http(s) URL, with every way of being slightly off. */
export const urlText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(padding, schemes, separators, userInfos, hosts, ports, rests, padding)
      .map((parts) => parts.join('')),
  },
  { weight: 2, arbitrary: fc.webUrl({ validSchemes: ['https', 'http'], withQueryParameters: true }) },
  {
    // Near a length limit, where percent-encoding and IDNA lengthen what is stored.
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('https://', 'http://'),
        fc.constantFrom('a.id', 'bücher.de'),
        fc.integer({ min: 0, max: 40 }),
      )
      .chain(([scheme, host, n]) =>
        fc.constantFrom('a', 'ü', '😀', '|').map((c) => `${scheme}${host}/${c.repeat(n)}`),
      ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
);
