import { describe, expect, it } from 'vitest';
import { BODY_FACTS_KEY, bodyFacts, bodyFactsOf } from '../../../../src/lib/content/body-facts.ts';

describe('bodyFactsOf', () => {
  it('says whether a body has text and a fenced code block', () => {
    expect(bodyFactsOf('Restart it.\n\n```sh\nkubectl rollout restart\n```\n')).toEqual({ text: true, codeBlock: true });
    expect(bodyFactsOf('Just words.')).toEqual({ text: true, codeBlock: false });
    expect(bodyFactsOf('{/* only an MDX comment */}\n')).toEqual({ text: false, codeBlock: false });
    expect(bodyFactsOf(undefined)).toEqual({ text: false, codeBlock: false });
  });
});

describe('bodyFacts', () => {
  it('takes the facts the loader kept with the rendered page, the body being left out of the store', () => {
    const stored = { rendered: { metadata: { [BODY_FACTS_KEY]: { text: true, codeBlock: true } } } };
    expect(bodyFacts(stored)).toEqual({ text: true, codeBlock: true });
  });

  it('works them out from the body of an entry that keeps one (MDX, compiled when its page renders)', () => {
    expect(bodyFacts({ body: '~~~\necho hi\n~~~' })).toEqual({ text: true, codeBlock: true });
    expect(bodyFacts({ body: '', rendered: { metadata: {} } })).toEqual({ text: false, codeBlock: false });
  });
});
