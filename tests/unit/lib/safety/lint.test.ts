import { describe, expect, it } from 'vitest';
import { lintContentSafety } from '../../../../src/lib/safety/lint.ts';

const page = (body: string, frontmatter = 'title: T\n') => `---\n${frontmatter}---\n\n${body}\n`;
const lint = (source: string) => lintContentSafety('content/x.md', source, false).map((f) => `${f.line}: ${f.message}`);

describe('unsafe markup', () => {
  it.each([
    ['<script>alert(1)</script>', /`<script>` tag/],
    ['<SCRIPT src="https://evil.example/x.js"></SCRIPT>', /`<script>` tag/],
    ['<iframe src="https://example.com"></iframe>', /`<iframe>` tag/],
    ['<object data="x.swf"></object>', /`<object>` tag/],
    ['<img src="x.png" onerror="steal()">', /inline event handler `onerror=`/],
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
  it('warns on http links in the body; the schema, not the lint, judges typed frontmatter URLs', () => {
    expect(lint(page('See the [dashboard](http://grafana.example.com/d/1).', 'title: T\nstatus: http://status.example.com\n'))).toEqual([
      expect.stringMatching(/^6: links to `http:\/\/grafana\.example\.com\/d\/1` over http.*--strict/),
    ]);
  });
  it('allows localhost and code', () => {
    expect(lint(page('Open http://localhost:4321/ or `curl http://example.com`.'))).toEqual([]);
  });
});

describe('likely secrets, everywhere including code', () => {
  it.each([
    ['AWS access key', 'AKIAZ7Q3PLMN4TRW8XYB', /AWS access key \(`AKIA…`\)/],
    ['Google API key', 'AIzaSyA1234567890abcdefghijklmnopqrstuv', /Google Cloud API key/],
    ['Azure storage key', 'DefaultEndpointsProtocol=https;AccountKey=abcdefghijklmnopqrstuvwxyz0123456789ABCD==', /Azure AccountKey/],
    ['private key', '-----BEGIN OPENSSH PRIVATE KEY-----', /private key block \(`-----BEGIN OPENSSH PRIVATE KEY-----`\)/],
    ['GitHub token', 'ghp_0123456789abcdefghijABCDEFGHIJ012345', /GitHub token \(`ghp_…`\)/],
    ['Slack token', 'xoxb-123456789012-abcdefABCDEF', /Slack token/],
    ['Slack webhook', 'https://hooks.slack.com/services/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', /Slack webhook/],
    ['npm token', 'npm_abcdefghijklmnopqrstuvwxyz0123456789', /npm token/],
    ['JSON Web Token', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U', /JSON Web Token/],
    ['password in a URL', 'postgres://admin:s3cr3t@db.internal:5432/app', /password in a web address \(`postgres:\/\/admin:\*\*\*\*@db\.internal:5432`\)/],
    ['password assignment', 'password = hunter2hunter2hunter2x9', /sets `password` to what looks like a real password/],
  ])('finds a %s, in a code block too, without repeating it', (_, secret, message) => {
    const findings = lint(page(`\`\`\`\n${secret}\n\`\`\``));
    expect(findings).toEqual([expect.stringMatching(message)]);
    expect(findings[0]).toMatch(/^6: /);
    if (!secret.startsWith('-----')) expect(findings[0]).not.toContain(secret); // a key's header is not the secret
  });

  it('finds each secret at the very start and end of a line, between other lines, with LF and CRLF line ends alike', () => {
    // The rules are first tried on the whole file, then line by line: a line's edges must count as they do alone.
    const secrets = ['AKIAZ7Q3PLMN4TRW8XYB', 'ghp_0123456789abcdefghijABCDEFGHIJ012345', 'npm_abcdefghijklmnopqrstuvwxyz0123456789', 'postgres://admin:s3cr3t@db.internal:5432/app', 'password = hunter2hunter2hunter2x9'];
    for (const secret of secrets) {
      const alone = lint(page(secret)).map((finding) => finding.replace(/^\d+: /, ''));
      expect(alone).toHaveLength(1);
      for (const lineEnd of ['\n', '\r\n']) {
        const source = page(['Before, on its own line.', secret, 'After it.', secret].join('\n')).replace(/\n/g, lineEnd);
        expect(lint(source)).toEqual([`6: ${alone[0]}`, `8: ${alone[0]}`]);
      }
    }
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

const lintAll = (source: string) => lintContentSafety('content/x.md', source, false);

describe('link policy: http in prose is a warning, parsed as a URL', () => {
  it('warns (not fails) on an http link in prose, slashes or not', () => {
    expect(lintAll(page('See [the article](http:example.org/a) and <http://old.example.com/>.'))).toEqual([
      { file: 'content/x.md', line: 5, severity: 'warning', message: expect.stringMatching(/^links to `http:\/\/example\.org\/a` over http/) },
      { file: 'content/x.md', line: 5, severity: 'warning', message: expect.stringMatching(/^links to `http:\/\/old\.example\.com\/` over http/) },
    ]);
  });
  it('leaves typed frontmatter URLs to the schema, so an http dashboard is reported once', () => {
    expect(lintAll(page('Body.', 'title: T\ndashboard: http://grafana.example.com\n'))).toEqual([]);
  });
});

describe('linear time on hostile lines', () => {
  it.each([
    ['an unclosed tag followed by spaces', `<a href=${' '.repeat(20_000)}`],
    ['many tag starts', '<a x '.repeat(4_000)],
    ['many backticks', '`` ` '.repeat(5_000)],
    ['a long word', 'a'.repeat(20_000)],
    ['scheme-like words', 'a.b:'.repeat(5_000)],
    ['user:pass-like text', 'a:b:'.repeat(5_000) + '//'],
    ['token-like text', 'eyJa-'.repeat(4_000)],
    ['password-like text', 'password=password='.repeat(1_200)],
  ])('answers on %s (20 kB on one line)', (_, line) => {
    expect(lintAll(page(line))).toEqual([]);
  });
});

describe('precise secrets', () => {
  it.each([
    ['a full Slack webhook', 'https://hooks.slack.com/services/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', /Slack webhook/],
    ['an AWS secret key setting', 'aws_secret_access_key = Zk8rT2mQ9xLp4VnB7cYw1HsD6jFa3GeR5uKo0Iq2', /AWS secret access key/],
    ['an AWS secret key variable', 'AWS_SECRET_ACCESS_KEY="Zk8rT2mQ9xLp4VnB7cYw1HsD6jFa3GeR5uKo0Iq2"', /AWS secret access key/],
    ['a GitLab token', 'glpat-Ab3dEf6hIj9kLm2nOp5q', /GitLab token/],
    ['a Slack app token', 'xapp-1-A0123456789-1234567890123-abcdef0123456789abcdef', /Slack token/],
    ['an Azure SAS signature', 'https://acct.blob.core.windows.net/c?sv=2022-11-02&sp=r&sig=Zk8rT2mQ9xLp4VnB7cYw1HsD6jFa3GeR5uKo0Iq2%3D', /Azure shared access signature/],
    ['a connection string Pwd', 'Server=db;Database=app;User Id=app;Pwd=hunter2!;', /password in a connection string/],
    ['a connection string Password', 'Server=db;Password=hunter2!;', /password in a connection string/],
    ['a password without digits', 'password: correcthorsebatterystaple', /sets `password` to what looks like a real password/],
  ])('flags %s without printing it', (_, secret, message) => {
    const findings = lint(page(`\`\`\`\n${secret}\n\`\`\``));
    expect(findings).toEqual([expect.stringMatching(message)]);
    expect(findings[0]).not.toContain(secret.slice(-12));
  });

  it.each([
    ['the AWS documentation example key', 'AKIAIOSFODNN7EXAMPLE'],
    ['the AWS documentation example secret', 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['a webhook prefix without its secret', 'https://hooks.slack.com/services/T0A1B2C3D/B0A1B2C3D/'],
    ['a braced placeholder', 'password: {password}'],
    ['an upper-case placeholder', 'Password=YOUR_PASSWORD;'],
    ['an angle-bracket placeholder', 'Pwd=<password>;'],
    ['a variable', 'password=${DB_PASSWORD}'],
    ['prose', 'Ask for the password: it is in the vault.'],
  ])('does not flag %s', (_, text) => {
    expect(lint(page(`\`\`\`\n${text}\n\`\`\``))).toEqual([]);
  });
});
