import { describe, expect, it } from 'vitest';
import { pageKind } from '../../../scripts/bench/page-kind.ts';

describe('pageKind (the benchmark\'s "largest page of each kind")', () => {
  it.each([
    ['index.html', 'home'],
    ['404.html', '404'],
    ['services/index.html', 'services index'],
    ['services/a-z/m/index.html', 'services A to Z'],
    ['services/map/index.html', 'services map'],
    ['services/map/claims-team/index.html', 'services map, one team'],
    ['services/find-mentor-training/index.html', 'service'],
    ['services/find-mentor-training/runbooks/restart/index.html', 'run book'],
    ['services/find-mentor-training/incident-pack/index.html', 'incident pack'],
    ['readiness/index.html', 'readiness'],
    ['teams/index.html', 'teams index'],
    ['teams/claims-team/index.html', 'team'],
    ['alerts/index.html', 'alerts index'],
    ['alerts/high-error-rate/index.html', 'alert'],
    ['checklists/index.html', 'checklists index'],
    ['checklists/going-live/index.html', 'checklist'],
    ['checklists/going-live/teams/claims-team/index.html', 'checklist, one team'],
    ['guidance/index.html', 'guidance index'],
    ['guidance/operations/index.html', 'guidance section'],
    ['guidance/operations/pages/2/index.html', 'guidance section, numbered page'],
    ['guidance/operations/incident-management/index.html', 'guidance'],
    ['search/index.html', 'search'],
    ['search/a-z/b/index.html', 'search A to Z'],
    ['reviews/index.html', 'reviews index'],
    ['reviews/claims-team/index.html', 'reviews, one team'],
    ['service-standard/index.html', 'service standard index'],
    ['service-standard/operate-a-reliable-service/index.html', 'service standard point'],
    ['accessibility/index.html', 'accessibility'],
  ])('%s is a %s page', (page, kind) => {
    expect(pageKind(page)).toBe(kind);
  });

  it('keeps pages of kinds it does not know apart from the known ones, by their first folder', () => {
    expect(pageKind('new-thing/index.html')).toBe('new-thing');
    expect(pageKind('new-thing/one/index.html')).toBe('new-thing/…');
  });
});
