import { parseEntityRef } from '@backstage/catalog-model';
import { describe, expect, it } from 'vitest';
import { backstageEntity, type BackstageSource } from '../../../../src/lib/services/backstage.ts';
import { expectValidBackstageComponent } from '../../../support/backstage.ts';

const full: BackstageSource = {
  id: 'find-mentor-training',
  name: 'Find mentor training',
  description: 'Book mentor training.',
  example: true,
  phase: 'beta',
  type: 'website',
  owner: 'mentor-training-team',
  system: 'early-career-support',
  tags: ['mentoring', 'beta'],
  dependsOn: ['report-mentor-funding'],
  dashboards: [
    { kind: 'application-performance', tool: 'Grafana', url: 'https://grafana.example.org/d/1' },
    { kind: 'logs', tool: 'Kibana' },
  ],
  repositories: [{ name: 'org/find', url: 'https://github.com/org/find' }],
  documentation: [{ kind: 'API docs', name: 'Swagger Docs' }],
  environments: [{ name: 'Production', url: 'https://find.example.org' }],
};

describe('backstageEntity', () => {
  const entity = backstageEntity(full, 'https://manual.example.org/services/find-mentor-training/');

  it("passes Backstage's own entity policies and Component validator", async () => {
    await expectValidBackstageComponent(entity);
  });

  it('maps names Backstage shares with the manual', () => {
    expect(entity.metadata).toMatchObject({ name: 'find-mentor-training', title: 'Find mentor training', description: 'Book mentor training.' });
    expect(entity.spec).toEqual({
      type: 'website',
      lifecycle: 'production',
      owner: 'group:mentor-training-team',
      system: 'early-career-support',
      dependsOn: ['component:report-mentor-funding'],
    });
    expect(parseEntityRef(entity.spec.owner)).toEqual({ kind: 'group', namespace: 'default', name: 'mentor-training-team' });
  });

  it('tags the phase and examples once each', () => {
    expect(entity.metadata.tags).toEqual(['mentoring', 'beta', 'example']);
  });

  it('links only what has an address, starting with the manual page', () => {
    expect(entity.metadata.links.map((link) => [link.type, link.title])).toEqual([
      ['documentation', 'Service manual'],
      ['dashboard', 'Application performance (Grafana)'],
      ['repository', 'org/find'],
      ['website', 'Production'],
    ]);
  });

  it('maps every phase to a Backstage lifecycle, and a missing type to "service"', async () => {
    const minimal = { ...full, type: undefined, system: undefined, description: undefined, tags: undefined, dashboards: [], repositories: [], documentation: [], environments: [], dependsOn: [] };
    expect(backstageEntity({ ...minimal, phase: 'alpha' }).spec.lifecycle).toBe('experimental');
    expect(backstageEntity({ ...minimal, phase: 'retiring' }).spec.lifecycle).toBe('deprecated');
    const bare = backstageEntity({ ...minimal, example: false });
    expect(bare.spec.type).toBe('service');
    expect(bare.metadata.links).toEqual([]);
    expect(bare.metadata).not.toHaveProperty('description');
    await expectValidBackstageComponent(bare);
  });

  it('is rejected by Backstage when broken, so the validation above can fail', async () => {
    const broken = { ...entity, metadata: { ...entity.metadata, name: 'Not a valid name!' } };
    await expect(expectValidBackstageComponent(broken)).rejects.toThrow();
  });
});
