import { describe, expect, it } from 'vitest';
import { gitEnvironment, gitReason } from '../../../../src/lib/sources/git.ts';
import { redact, withoutCredentials } from '../../../../src/lib/sources/redact.ts';

describe('redact', () => {
  it('hides passwords and tokens in addresses, and keeps what is not secret', () => {
    expect(redact('https://x-access-token:ghp_abcdefghijklmnopqrstuvwxyz0123@github.com/o/r.git')).toBe('https://***@github.com/o/r.git');
    expect(redact("fatal: unable to access 'https://glpat-aaaaaaaaaaaaaaaaaaaa@gitlab.example/o/r.git/': 403")).toBe("fatal: unable to access 'https://***@gitlab.example/o/r.git/': 403");
    expect(redact('ssh://deploy:hunter2@git.example/o/r.git')).toBe('ssh://***@git.example/o/r.git');
    expect(redact('ssh://git@github.com/o/r.git and git@github.com:o/r.git')).toBe('ssh://git@github.com/o/r.git and git@github.com:o/r.git');
    expect(redact('token github_pat_11ABCDEFG0123456789_abcdefghijklmnop in a message')).toBe('token *** in a message');
    expect(redact('https://dev.example/r.git?access_token=abc123&x=1')).toBe('https://dev.example/r.git?access_token=***&x=1');
    expect(redact('Authorization: Bearer eyJhbGciOi.x.y')).toBe('Authorization: Bearer ***');
    expect(redact('https://github.com/o/r.git')).toBe('https://github.com/o/r.git');
  });

  it('gives the same address whatever credentials reach it', () => {
    expect(withoutCredentials('https://user:pass@github.com/o/r.git')).toBe('https://github.com/o/r.git');
    expect(withoutCredentials('https://TOKEN@github.com/o/r.git')).toBe('https://github.com/o/r.git');
    expect(withoutCredentials('ssh://git@github.com/o/r.git')).toBe('ssh://git@github.com/o/r.git');
  });
});

describe('git', () => {
  it('never prompts, and allows only file, https and ssh transports', () => {
    const env = gitEnvironment({ PATH: '/usr/bin', GIT_ALLOW_PROTOCOL: 'ext' });
    expect(env).toMatchObject({ GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never', GIT_ALLOW_PROTOCOL: 'file:https:ssh', GIT_SSH_COMMAND: 'ssh -o BatchMode=yes' });
    expect(gitEnvironment({ GIT_SSH_COMMAND: 'ssh -i key' }).GIT_SSH_COMMAND).toBe('ssh -i key');
  });

  it("gives git's reason in one redacted line", () => {
    const stderr = "fatal: '/srv/x' does not appear to be a git repository\nfatal: Could not read from remote repository.\n\nPlease make sure you have the correct access rights\nand the repository exists.\n";
    expect(gitReason(stderr, 'failed')).toBe("'/srv/x' does not appear to be a git repository; Could not read from remote repository.");
    expect(gitReason("remote: Not found\nfatal: repository 'https://u:p@h.example/r.git/' not found\n", 'failed')).toBe("repository 'https://***@h.example/r.git/' not found");
    expect(gitReason('', 'git fetch failed')).toBe('git fetch failed');
  });
});
