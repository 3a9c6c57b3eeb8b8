/** Families of hostile strings that users (or forgers) can put into any text a Slack app receives. */

const repeat = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

export const HOSTILE_STRINGS: Readonly<Record<string, string>> = {
  'RTL text': 'مرحبا بالعالم עברית',
  'emoji and ZWJ sequences': '🚀👨‍👩‍👧‍👦🏳️‍🌈 deal',
  'zero-width characters': 'Ac\u200bme\u200d\u2060\ufeff',
  'combining marks (zalgo)': 'A\u0301\u0302\u0303\u0304\u0305c\u0336m\u0337e',
  'lone surrogate': 'bad \ud800 half',
  'NUL and control characters': 'a\u0000b\u0001c\u0007\u001b[31mred\u001b[0m\r\n\t',
  'bidi override': '\u202eevil\u202c',
  '10k characters': repeat('x', 10_000),
  '100k characters': repeat('Acme: notes ', 100_000),
  'many words': repeat('a ', 20_000),
  'script tag': '<script>alert(1)</script>',
  'HTML entities': '&lt;b&gt; &amp; &#0;',
  'SQL fragment': "' OR '1'='1' --",
  'SQL drop table': `'; DROP TABLE "Call"; --`,
  'SQL union': '1 UNION SELECT * FROM "Member"',
  'broken user mention': '<@',
  'unclosed user mention': '<@U123',
  'mention with empty label': '<@U0REP|',
  'broken channel mention': '<#C1|',
  'channel broadcast': '<!channel>',
  'here broadcast': '<!here|here>',
  'mention of a bot': '<@U0BOT>',
  'mrkdwn link injection': '<https://evil.example|click me>',
  // Slack's own markup with should_escape: true (what a rep's @here, @name, #channel, link, e-mail become).
  'escaped here': '<!here>',
  'escaped user with name': '<@U123|name>',
  'escaped channel': '<#C123|name>',
  'escaped link': '<http://x.co|x.co>',
  'escaped e-mail': '<mailto:a@b.co|a@b.co>',
  'escaped link with colon first': '<http://x.co|x.co>: <!channel> notes',
  'format string': '%s%s%n {0} ${process.env} {{constructor}}',
  'prototype pollution': '__proto__ constructor prototype',
  'path traversal': '../../../../etc/passwd',
  'JSON text': '{"type":"block_actions","__proto__":{"admin":true}}',
};

export const HOSTILE_NUMBERS: Readonly<Record<string, string>> = {
  'negative': '-1',
  'negative zero': '-0',
  'NaN': 'NaN',
  'Infinity': 'Infinity',
  'beyond double range': '1e309',
  'beyond safe integer': '9007199254740993',
  'huge integer': '99999999999999999999999999999999',
  'fraction': '0.000000001',
  'hex': '0x1F',
  'thousands with garbage': '12,5,00.0.1',
  'empty': '',
  'only spaces': '   ',
};

/** Every hostile string and number as [family, value] pairs. */
export const HOSTILE_VALUES: readonly (readonly [string, string])[] = [
  ...Object.entries(HOSTILE_STRINGS),
  ...Object.entries(HOSTILE_NUMBERS).map(([name, value]) => [`number: ${name}`, value] as const),
];
