import { describe, expect, it } from 'vitest';
import { lintContentSafety } from '../../../src/lib/safety.ts';

const page = (body: string, frontmatter = 'title: T\n') => `---\n${frontmatter}---\n\n${body}\n`;
const lint = (source: string) => lintContentSafety('content/x.md', source, false).map((f) => `${f.line}: ${f.message}`);

describe('unsafe markup', () => {
  it.each([
    ['<script>alert(1)</script>', /`<script>` tag/],
    ['<SCRIPT src="https://evil.example/x.js"></SCRIPT>', /`<script>` tag/],
    ['<iframe src="https://example.com"></iframe>', /`<iframe>` tag/],
    ['<object data="x.swf"></object>', /`<object>` tag/],
    ['<img src="x.png" onerror="steal()">', /inline event handler `onerror=`/],
    ['<Button onClick={() => steal()}>Go</Button>', /inline event handler `onClick=`/],
    ['[Open](javascript:alert(1))', /`javascript:` link/],
    ['[Open]( JavaScript:alert(1))', /`javascript:` link/],
    ['<a href="javascript:void(0)">x</a>', /`javascript:` link/],
    ['[ref]: javascript:alert(1)', /`javascript:` link/],
    ['<a href="data:text/html,<b>x</b>">x</a>', /`data:` link/],
  ])('rejects %s', (body, message) => {
    const findings = lint(page(body));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]).toMatch(/^5: /);
    expect(findings.join('\n')).toMatch(message);
  });

  it('allows the same markup shown as code', () => {
    expect(lint(page('Never write `<script>` or `onclick=` in a page.\n\n```html\n<script>alert(1)</script>\n<a href="javascript:x">x</a>\n```'))).toEqual([]);
  });

  it('does not mistake prose about JavaScript for a link', () => {
    expect(lint(page('Note: JavaScript: it is optional. Pages work without JavaScript.'))).toEqual([]);
  });

  it('checks frontmatter too', () => {
    expect(lint(page('Body.', 'title: T\nurl: javascript:alert(1)\n'))).toEqual([expect.stringMatching(/^3: has a `javascript:` link/)]);
  });
});

describe('https for operational links', () => {
  it('rejects http links in the body and frontmatter', () => {
    expect(lint(page('See the [dashboard](http://grafana.example.com/d/1).', 'title: T\nstatus: http://status.example.com\n'))).toEqual([
      expect.stringMatching(/^3: links to `http:\/\/status\.example\.com` over http: use https:\/\//),
      expect.stringMatching(/^6: links to `http:\/\/grafana\.example\.com\/d\/1` over http/),
    ]);
  });
  it('allows localhost and code', () => {
    expect(lint(page('Open http://localhost:4321/ or `curl http://example.com`.'))).toEqual([]);
  });
});

describe('likely secrets, everywhere including code', () => {
  it.each([
    ['AWS access key', 'AKIAIOSFODNN7EXAMPLE', /AWS access key \(`AKIA…`\)/],
    ['Google API key', 'AIzaSyA1234567890abcdefghijklmnopqrstuv', /Google Cloud API key/],
    ['Azure storage key', 'DefaultEndpointsProtocol=https;AccountKey=abcdefghijklmnopqrstuvwxyz0123456789ABCD==', /Azure AccountKey/],
    ['private key', '-----BEGIN OPENSSH PRIVATE KEY-----', /private key block \(`-----BEGIN OPENSSH PRIVATE KEY-----`\)/],
    ['GitHub token', 'ghp_0123456789abcdefghijABCDEFGHIJ012345', /GitHub token \(`ghp_…`\)/],
    ['Slack token', 'xoxb-123456789012-abcdefABCDEF', /Slack token/],
    ['Slack webhook', 'https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX', /Slack webhook/],
    ['npm token', 'npm_abcdefghijklmnopqrstuvwxyz0123456789', /npm token/],
    ['JSON Web Token', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U', /JSON Web Token/],
    ['password in a URL', 'postgres://admin:s3cr3t@db.internal:5432/app', /password in a web address \(`postgres:\/\/admin:\*\*\*\*@db\.internal:5432`\)/],
    ['password assignment', 'password = hunter2hunter2hunter2x9', /sets `password` to what looks like a real secret/],
  ])('finds a %s, in a code block too, without repeating it', (_, secret, message) => {
    const findings = lint(page(`\`\`\`\n${secret}\n\`\`\``));
    expect(findings).toEqual([expect.stringMatching(message)]);
    expect(findings[0]).toMatch(/^6: /);
    if (!secret.startsWith('-----')) expect(findings[0]).not.toContain(secret); // a key's header is not the secret
  });

  it('allows placeholders in connection strings', () => {
    expect(lint(page('`postgres://user:<password>@host/db` and `redis://:${REDIS_PASSWORD}@cache:6379` and `https://user:****@x`'))).toEqual([]);
  });

  it('checks YAML data files line by line', () => {
    expect(lintContentSafety('content/teams/t.yaml', 'name: T\ncontact: "ghp_0123456789abcdefghijABCDEFGHIJ012345"\n', true)).toEqual([
      { file: 'content/teams/t.yaml', line: 2, message: expect.stringMatching(/GitHub token/) },
    ]);
  });
});
