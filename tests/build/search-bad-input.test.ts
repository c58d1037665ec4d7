/** Bad `aliases` in a service fail the build, each naming the file, line and field, with what to write. */
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/site.ts';

const folder = 'tests/fixtures/search-bad-aliases/content';
const { status, output } = buildSite({ name: 'search-bad-aliases', content: folder });

describe('service aliases that search could not use', () => {
  it('fail the build', () => {
    expect(status).not.toBe(0);
  });

  it('name a value that is not a list, and show the form to write', () => {
    expect(output).toContain(`${folder}/services/find-training.md:8: \`aliases\` must be a list: other names readers search for, such as acronyms and former names: [CPD, "Old service name"]`);
  });

  it('name an empty alias and one too long to be a name', () => {
    expect(output).toContain(`${folder}/services/plan-courses.md:8: \`aliases[0]\` must not be empty: an acronym or former name of the service, such as CPD`);
    expect(output).toContain(`${folder}/services/plan-courses.md:8: \`aliases[1]\` must be 60 characters or fewer: an acronym or former name of the service, such as CPD`);
  });

  it('name both services when they share an alias, whatever its case', () => {
    expect(output).toContain(
      `${folder}/services/manage-cpd.md:9: \`aliases[0]\` \`CPD\` is also the alias of the service in ${folder}/services/report-cpd.md: an alias must lead to one service, so remove it from one of them`,
    );
    expect(output).toContain(
      `${folder}/services/report-cpd.md:8: \`aliases[0]\` \`CPD\` is also the alias of the service in ${folder}/services/manage-cpd.md: an alias must lead to one service, so remove it from one of them`,
    );
  });

  it('name an alias that is another service’s id, a repeat, or the service’s own name', () => {
    expect(output).toContain(
      `${folder}/services/report-cpd.md:8: \`aliases[1]\` \`manage-cpd\` is also the id of the service in ${folder}/services/manage-cpd.md: an alias must lead to one service, so remove it from one of them`,
    );
    expect(output).toContain(`${folder}/services/manage-cpd.md:10: \`aliases[1]\` repeats \`cpd\`: list each other name once`);
    expect(output).toContain(`${folder}/services/manage-cpd.md:11: \`aliases[2]\` \`Manage CPD\` is already this service's name: list only other names`);
  });
});
