import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/config.js';
import { ConfigError } from '../../src/errors.js';

// Issue 11: a config a pull request brings is hostile input. Each of these was accepted before
// (an exponential regex, timers that overflow, a header that ends the request's header block, a
// key written twice) or crashed the run ("internal error" on deep nesting).
describe('a hostile .lint-list.json is a ConfigError naming file:line:column', () => {
  const mistakes: Array<[string, string, string]> = [
    ['an exponential pattern runs nowhere: lookahead is refused', '{"links": {"exclude": ["^(?=a)"]}}', 'cfg.json:1:24: links.exclude holds a pattern that cannot be used: a lookahead \"(?=\" is not supported: patterns run on a linear-time engine (RE2) so that no pattern can stall the run'],
    ['a timeout of 2^31 ms', '{"links": {"timeout": 2147483648}}', 'cfg.json:1:23: links.timeout must be at most 2147483647 (milliseconds), not 2147483648'],
    ['a totalTimeout of 2^31 ms', '{"links": {"totalTimeout": 2147483648}}', 'cfg.json:1:28: links.totalTimeout must be at most 2147483647 (milliseconds), not 2147483648'],
    ['a maxRetryAfter of 2^31 ms', '{"links": {"maxRetryAfter": 4294967296}}', 'cfg.json:1:29: links.maxRetryAfter must be at most 2147483647 (milliseconds), not 4294967296'],
    ['a host interval of 2^31 ms', '{"links": {"hosts": {"arxiv.org": {"interval": 2147483648}}}}', 'cfg.json:1:48: links.hosts.arxiv.org.interval must be at most 2147483647 (milliseconds), not 2147483648'],
    ['CR/LF in the user agent', '{"links": {"userAgent": "bot\\r\\nX-Evil: 1"}}', 'cfg.json:1:25: links.userAgent holds a line break or NUL, which would end the HTTP header: remove it'],
    ['CR/LF in a header value', '{"links": {"hosts": {"a.org": {"headers": {"X": "1\\nY: 2"}}}}}', 'cfg.json:1:49: links.hosts.a.org.headers.X holds a line break or NUL, which would end the HTTP header: remove it'],
    ['a header name that is no token', '{"links": {"hosts": {"a.org": {"headers": {"X Y": "1"}}}}}', 'cfg.json:1:44: links.hosts.a.org.headers holds "X Y", which is no HTTP header name'],
    ['a key written twice', '{"links": {"allowPrivateHosts": false, "allowPrivateHosts": true}}', 'cfg.json:1:40: "allowPrivateHosts" is written twice here: keep one'],
    ['a rule written twice', '{"rules": {"dead-link": "off", "dead-link": "error"}}', 'cfg.json:1:32: "dead-link" is written twice here: keep one'],
  ];

  it.each(mistakes)('%s', (_name, text, message) => {
    expect(() => parseConfig(text, 'cfg.json')).toThrow(new ConfigError(message));
  });

  it('JSON nested 100,000 deep is one line, not an internal error', () => {
    const deep = `{"links": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(() => parseConfig(deep, 'cfg.json')).toThrow(ConfigError);
  });

  it('an exclude pattern that backtracks exponentially in JavaScript matches in linear time', () => {
    const config = parseConfig('{"links": {"exclude": ["(a+)+$"]}}', 'cfg.json');
    const [pattern] = config.links.exclude;
    // 30 a's then a b: JavaScript's backtracking engine takes about 2^30 steps to say no here.
    expect(pattern?.test(`https://x.org/${'a'.repeat(30)}b`)).toBe(false);
    expect(pattern?.test(`https://x.org/${'a'.repeat(30)}`)).toBe(true);
  });
});
