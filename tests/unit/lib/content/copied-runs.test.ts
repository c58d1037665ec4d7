import { describe, expect, it } from 'vitest';
import { copiedRuns, wordsOf } from '../../../../src/lib/content/copied-runs.ts';

const source = [
  'Before the service moves into the live phase, you’ll need to show that you’ve used the beta phase',
  'to build a service that meets the needs you identified at discovery.',
].join('\n');

describe('copiedRuns', () => {
  it('finds a run of 12 or more words copied across lines, at the page line it starts on', () => {
    const page = '---\ntitle: A page\n---\n\nIntro.\n\nYou need to show that you used the beta phase to build a service that meets the needs you identified in discovery.';
    expect(copiedRuns(page, [source])).toEqual([
      { line: 7, words: 14, text: 'used the beta phase to build a service that meets the needs you identified' },
    ]);
  });

  it('ignores case, punctuation, Markdown emphasis, link addresses and curly apostrophes', () => {
    const page = "**You'll** need to *show* that [you've used](https://example.com/a) THE beta-phase, to build: a service";
    expect(copiedRuns(page, [source])).toEqual([{ line: 1, words: 14, text: "you'll need to show that you've used the beta phase to build a service" }]);
  });

  it('does not report 11 shared words, nor a run broken by one changed word', () => {
    expect(copiedRuns('used the beta phase to build a service that meets the', [source])).toEqual([]);
    expect(copiedRuns('used the beta phase to build a product that meets the needs you identified', [source])).toEqual([]);
  });

  it('merges overlapping matches into one run and reports separate runs separately', () => {
    const other = 'Plan the assessments early with the client and come back to them often before you go live.';
    const page = `${source}\nSomething else entirely here.\n${other}`;
    const runs = copiedRuns(page, ['unrelated words', source, other]);
    expect(runs.map((run) => [run.line, run.words])).toEqual([[1, 30], [4, 17]]);
  });

  it('honours a different minimum and rejects a minimum below 1', () => {
    expect(copiedRuns('needs you identified at discovery', [source], 5)).toHaveLength(1);
    expect(copiedRuns('needs you identified at discovery', [source], 6)).toEqual([]);
    expect(() => copiedRuns('x', [source], 0)).toThrow(/minWords/);
  });

  it('reads words with their lines', () => {
    expect(wordsOf('One two\n\nthree [four](/x/) https://example.com five')).toEqual([
      { word: 'one', line: 1 },
      { word: 'two', line: 1 },
      { word: 'three', line: 3 },
      { word: 'four', line: 3 },
      { word: 'five', line: 3 },
    ]);
  });
});
