/** The post-build gate's rules, one by one, on small built pages. */
import { describe, expect, it } from 'vitest';
import { gateProblems, unsafeUrl } from '../../../../../src/lib/safety/output-gate/rules.ts';

const page = (body: string, head = '') => `<!doctype html>\n<html lang="en">\n<head>\n<title>t</title>${head}\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
const problems = (html: string, options: Partial<Parameters<typeof gateProblems>[1]> = {}) =>
  gateProblems(html, { base: '/', exists: () => true, ...options }).map((p) => `${p.line}: ${p.message}`);

describe('a clean page', () => {
  it('passes, with the site search, its own module script and a same-site redirect', () => {
    const html = page(
      '<form class="app-header-search" role="search" action="/ops-manual/search/" method="get"><input name="q"></form>\n<script type="module" src="/ops-manual/_astro/HeaderSearch.abc.js"></script>\n<a href="https://x.example/">x</a> <img src="data:image/png;base64,AA" alt="">',
      '<meta http-equiv="refresh" content="0; url=/ops-manual/guidance/new/">',
    );
    expect(problems(html, { base: '/ops-manual/', redirect: true })).toEqual([]);
  });
});

describe('script URLs', () => {
  it.each([
    ['<a href="javascript:alert(1)">x</a>', 'javascript'],
    ['<a href="JaVaScRiPt:alert(1)">x</a>', 'javascript'],
    ['<a href="  java\tscript:alert(1)">x</a>', 'javascript'],
    ['<a href="java&#x0A;script:alert(1)">x</a>', 'javascript'],
    ['<a href="javascript&colon;alert(1)">x</a>', 'javascript'],
    ['<img src="vbscript:x" alt="">', 'vbscript'],
  ])('fails %s', (body, scheme) => {
    expect(problems(page(body))).toEqual([expect.stringMatching(new RegExp(`^7: <(a href|img src)> is a ${scheme}: URL, which runs code$`))]);
  });
  it('fails a data: URL that is not an image, in any URL attribute, srcset included', () => {
    expect(problems(page('<a href="data:text/html,<script>x</script>">x</a>\n<img srcset="a.png 1x, data:text/html,x 2x" alt="">'))).toEqual([
      '7: <a href> is a data: URL that is not an image',
      '8: <img srcset> is a data: URL that is not an image',
    ]);
  });
  it('reads the URL in an SVG xlink:href', () => {
    expect(problems(page('<svg><a xlink:href="javascript:x"><text>x</text></a></svg>'))).toEqual(['7: <a xlink:href> is a javascript: URL, which runs code']);
  });
});

describe('event handlers', () => {
  it('fails any on* attribute, on its line, however it is split', () => {
    expect(problems(page('<p>ok</p>\n<img src="x.png"\nonerror="alert(1)" alt="">\n<svg><rect ONLOAD="x"/></svg>'))).toEqual([
      '8: <img> has an event handler attribute `onerror`: pages run no inline script',
      '10: <rect> has an event handler attribute `onload`: pages run no inline script',
    ]);
  });
});

describe('scripts', () => {
  it.each([
    ['<script>alert(1)</script>', '<script> was not emitted'],
    ['<script src="https://evil.example/x.js"></script>', '<script src="https://evil.example/x.js"> was not emitted'],
    ['<script type="module" src="/_astro/x.js">alert(1)</script>', '<script src="/_astro/x.js"> was not emitted'],
    ['<script type="module" src="/_astro/x.js" integrity="x"></script>', '<script src="/_astro/x.js"> was not emitted'],
    ['<script src="/_astro/x.js"></script>', '<script src="/_astro/x.js"> was not emitted'],
    ['<script type="module" src="/_astro/../evil.js"></script>', 'was not emitted'],
  ])('fails %s', (body, message) => {
    expect(problems(page(body))).toEqual([expect.stringContaining(message)]);
  });
  it('fails a module file under _astro/ that the build did not produce', () => {
    expect(problems(page('<script type="module" src="/_astro/x.js"></script>'), { exists: () => false })).toHaveLength(1);
  });
  it('fails a script outside the base path', () => {
    expect(problems(page('<script type="module" src="/_astro/x.js"></script>'), { base: '/ops-manual/' })).toHaveLength(1);
  });
});

describe('redirects, base, forms and embeds', () => {
  it('fails a meta refresh outside a redirect page', () => {
    expect(problems(page('', '<meta http-equiv="Refresh" content="0;url=/x/">'))).toEqual([
      '4: <meta http-equiv="refresh"> outside a redirect page: only the pages made for `oldPaths` may redirect',
    ]);
  });
  it('fails a redirect page that sends the reader off the site', () => {
    for (const url of ['https://evil.example/', '//evil.example/', 'javascript:x']) {
      expect(problems(page('', `<meta http-equiv="refresh" content="0; url=${url}">`), { redirect: true })).toHaveLength(1);
    }
  });
  it('fails <base>', () => {
    expect(problems(page('', '<base href="https://evil.example/">'))).toEqual(['4: <base> changes where every link on the page points: pages never carry one']);
  });
  it('fails a form other than the site search', () => {
    expect(problems(page('<form action="https://evil.example/" method="post"><input name="p"></form>\n<form role="search" action="/search/" method="post"></form>'))).toEqual([
      '7: <form action="https://evil.example/"> is not the site\'s own search: pages carry no other form',
      '8: <form action="/search/"> is not the site\'s own search: pages carry no other form',
    ]);
  });
  it.each(['iframe', 'object', 'embed', 'frame'])('fails <%s>', (tag) => {
    const html = tag === 'frame' ? '<!doctype html><html><head></head><frameset><frame src="x"></frameset></html>' : page(`<${tag} src="x"></${tag}>`);
    expect(problems(html).some((p) => p.includes(`<${tag}> embeds another document`))).toBe(true);
  });
  it('looks inside <template> too', () => {
    expect(problems(page('<template><img src="x" onerror="y" alt=""></template>'))).toHaveLength(1);
  });
});

describe('unsafeUrl', () => {
  it('allows https, mailto, site paths, anchors and image data', () => {
    for (const url of ['https://x.example/', 'mailto:a@b.example', '/guidance/', '#top', '../x/', 'data:image/png;base64,AA', 'data:image/svg+xml,%3Csvg%3E']) {
      expect(unsafeUrl(url)).toBeUndefined();
    }
  });
});

describe('the CSP <meta>', () => {
  const csp = "default-src 'self'";
  const meta = `<meta http-equiv="Content-Security-Policy" content="${csp}">`;
  it('passes a page that carries the policy first in <head>', () => {
    expect(problems(page('', `${meta}<link rel="stylesheet" href="/_astro/a.css">`), { csp })).toEqual([]);
  });
  it('fails a page without it, with another policy, or with it after a stylesheet', () => {
    expect(problems(page(''), { csp })).toEqual([expect.stringContaining('carries 0 <meta http-equiv="Content-Security-Policy">')]);
    expect(problems(page('', meta.replace("'self'", '*')), { csp })).toEqual([expect.stringContaining('says "default-src *", not the site\'s policy')]);
    expect(problems(page('', `<link rel="stylesheet" href="/_astro/a.css">${meta}`), { csp })).toEqual([expect.stringContaining('must come in <head> before any script')]);
  });
});
