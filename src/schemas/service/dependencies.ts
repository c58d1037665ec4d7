/** What the service needs to work: other services of ours and outside products. */
import { id, strictObject, text } from '../fields.ts';
import { blank, blankList } from './blank.ts';
import { link } from './technology.ts';

const namedLink = (what: string) =>
  strictObject({
    title: text(`the link text for ${what}, such as "Service status"`),
    url: link(`the address of ${what}`),
  });

export const externalDependency = strictObject({
  name: text('the product or supplier, such as GOV.UK Notify'),
  description: blank(text('what the service uses it for')),
  docs: blank(namedLink("the dependency's documentation")),
  statusPage: blank(namedLink("the dependency's status page")),
});

export const dependenciesShape = {
  dependsOn: blankList(
    id('the id of another service in content/services/, such as `apply-for-a-permit`'),
    'the ids of our services this one needs to work (Backstage `spec.dependsOn`)',
  ),
  externalDependencies: blankList(externalDependency, 'outside products and suppliers the service needs, each with a name'),
};
