/** Where the service runs and how it recovers: environments, failover, backups, RPO and RTO. */
import { strictObject, text } from '../fields.ts';
import { blank, blankList } from './blank.ts';
import { link } from './technology.ts';

export const environment = strictObject({
  name: text('the environment name, such as Production'),
  url: link("the environment's address"),
  purpose: blank(text('what the environment is for, such as "user research and pre-release checks"')),
  hosting: blank(text('where it runs, such as "Azure Kubernetes Service"')),
  region: blank(text('the cloud region, such as "UK South"')),
});

export const hostingShape = {
  environments: blankList(environment, 'the environments, each with a name'),
  hosting: blank(text('where and how the service is hosted')),
  failover: blank(text('the failover and high-availability approach: what happens when part of the hosting fails')),
  backups: blank(text('what is backed up, how often, where, and when a restore was last tested')),
  recoveryPointObjective: blank(text('the recovery point objective: how much data, in time, the service could afford to lose, such as "1 hour"')),
  recoveryTimeObjective: blank(text('the recovery time objective: how quickly service must be restored after a failure, such as "4 hours"')),
};
