// The content collections (guidance, services, run books, teams, checklists) with their schemas.
export { collections } from 'ops-manual/content';
