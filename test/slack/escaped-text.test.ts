import { describe, expect, it } from 'vitest';
import { blankMarkup, hasMentionMarkup, readEscapedText } from '../../src/slack/escaped-text.js';
import { parseUserMention, wordsOf } from '../../src/slack/mentions.js';
import { escapeAsSlack } from '../../src/slack-standin/slack-escape.js';

// Payload `text` fields exactly as Slack sends them with should_escape: true.
const AS_SENT: [string, string, string][] = [
  ['a bare domain', '<http://Tokopedia.com|Tokopedia.com>: met buyer', 'Tokopedia.com: met buyer'],
  ['a full URL without label', 'deck at <https://x.co/deck?a=1&amp;b=2>', 'deck at https://x.co/deck?a=1&b=2'],
  ['an e-mail address', 'sent to <mailto:a@b.co|a@b.co>', 'sent to a@b.co'],
  ['an e-mail without label', '<mailto:a@b.co>', 'a@b.co'],
  ['a public channel', 'Acme: <#C0123|email> sent deck', 'Acme: #email sent deck'],
  ['a private channel (empty label)', 'in <#C0987|>', 'in #C0987'],
  ['a channel without label (docs)', 'in <#C0123>', 'in #C0123'],
  ['@here', 'ping <!here>', 'ping @here'],
  ['@here with label', 'ping <!here|here>', 'ping @here'],
  ['@channel', '<!channel> look', '@channel look'],
  ['@everyone', '<!everyone>', '@everyone'],
  ['a user group', 'cc <!subteam^S0123|@sales>', 'cc @sales'],
  ['a date', 'on <!date^1392734382^{date}|Feb 18, 2014>', 'on Feb 18, 2014'],
  ['a user with name label', 'met <@U0123|maria>', 'met <@U0123>'],
  ['a user without label (docs)', 'met <@U0123>', 'met <@U0123>'],
  ['an Enterprise user', '<@W0123|wu>', '<@W0123>'],
  ['escaped angle brackets', '&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
  ['an escaped ampersand before lt', '&amp;lt;b&amp;gt;', '&lt;b&gt;'],
  ['typed markup stays text', '&lt;!here&gt;', '<!here>'],
  ['an unclosed bracket', '&lt;@U123', '<@U123'],
  ['angle brackets Slack did not write', '<b>Evil</b> Inc', '<b>Evil</b> Inc'],
  ['a phone link', '<tel:+62211234|+62 21 1234>', '+62 21 1234'],
  ['plain text', 'Acme Corp: met the buyer $12,500', 'Acme Corp: met the buyer $12,500'],
];

describe('readEscapedText', () => {
  it.each(AS_SENT)('reads back %s', (_name, sent, typed) => {
    expect(readEscapedText(sent)).toBe(typed);
  });

  it('never leaves Slack’s broadcast or link markup as markup (what the user typed as text stays text)', () => {
    const markupSent = AS_SENT.filter(([, sent]) => !sent.includes('&lt;'));
    for (const [, sent] of markupSent) expect(readEscapedText(sent)).not.toMatch(/<(?:!|#|https?:|mailto:)[^>]*>/);
  });

  it('finds separators outside markup only', () => {
    expect(blankMarkup('<http://a.co|a.co>: x').indexOf(':')).toBe(18);
    expect(hasMentionMarkup('<#C1|general>')).toBe(true);
    expect(hasMentionMarkup('<http://a.co|a.co>')).toBe(false);
  });

  it('gives commands their words with user mentions in one form', () => {
    const words = wordsOf('set <@U0123|maria>   daily 8 weekly 40');
    expect(words).toEqual(['set', '<@U0123>', 'daily', '8', 'weekly', '40']);
    expect(parseUserMention(words[1]!)).toBe('U0123');
  });
});

describe('the fake’s escaping matches what Slack sends', () => {
  const directory = { userIdOf: (name: string) => (name === 'maria' ? 'U0MARIA' : undefined), channelIdOf: (name: string) => (name === 'email' ? 'C0EMAIL' : undefined) };
  it.each([
    ['Tokopedia.com: met buyer', '<http://Tokopedia.com|Tokopedia.com>: met buyer'],
    ['mail a@b.co now', 'mail <mailto:a@b.co|a@b.co> now'],
    ['Acme: #email @maria @here @nobody #nochannel', 'Acme: <#C0EMAIL|email> <@U0MARIA|maria> <!here> @nobody #nochannel'],
    ['see https://x.co/a.', 'see <https://x.co/a>.'],
    ['<b> & $12.5k', '&lt;b&gt; &amp; $12.5k'],
  ])('%s', (typed, sent) => {
    expect(escapeAsSlack(typed, directory)).toBe(sent);
  });
});
