import { describe, expect, it } from 'vitest';
import { findSecrets, lintContentSafety } from '../../../../src/lib/safety/lint.ts';

const secretOf = (text: string) => findSecrets(text).map((found) => text.split('\n')[found.line - 1]!.slice(found.start, found.end));

describe('findSecrets: the content check\'s secret rules, with where each secret sits', () => {
  it('finds only the secret part: the webhook key, the password in an address, the value after a key name', () => {
    expect(secretOf('Post to https://hooks.slack.com/services/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 now')).toEqual(['q7Zp2LmX9vR4tB8wK3nY6cHd']);
    expect(secretOf('intro\n$ psql postgres://admin:Zq8vN3mLp2Xr@db.internal:5432/app')).toEqual(['Zq8vN3mLp2Xr']);
    expect(secretOf('password: "Hunter2isNotSafe"')).toEqual(['Hunter2isNotSafe']);
    expect(secretOf('api_key=abcd1234efgh5678ijkl')).toEqual(['abcd1234efgh5678ijkl']);
    expect(secretOf('AccountKey=QWxhZGRpbjpvcGVuIHNlc2FtZQ==;')).toEqual(['QWxhZGRpbjpvcGVuIHNlc2FtZQ==']);
    expect(secretOf('key AKIAZ7Q3PLMN4TRW8XYB here')).toEqual(['AKIAZ7Q3PLMN4TRW8XYB']);
  });

  it('gives the line and the check\'s own message, and finds nothing the check accepts', () => {
    const [found] = findSecrets('one\ntwo https://hooks.slack.com/services/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');
    expect(found).toMatchObject({ line: 2, kind: 'token' });
    expect(found!.message).toBe(lintContentSafety('x.md', 'https://hooks.slack.com/services/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', false)[0]!.message);
    expect(findSecrets('postgres://admin:<password>@db/app and password: YOUR_PASSWORD and https://hooks.slack.com/services/T0/B0/SECRET_REMOVED_BY_IMPORT')).toEqual([]);
  });
});
