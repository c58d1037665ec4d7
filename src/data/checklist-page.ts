/**
 * What one checklist's page shows besides the checklist itself, computed once
 * for the page: the owner's name, the readiness (one services × items matrix,
 * or, for a large portfolio, counts by level and a matrix page per team) and
 * the page's search record.
 */
import { checklistTeamPages, checklistTeamPath, matrixIsSplit, readinessByLevel } from './checklist-teams.ts';
import { matrixColumns, type ChecklistView } from './checklists.ts';
import { ownerName } from './site.ts';
import { searchRecordFor } from './search.ts';

export async function checklistPageData(checklist: ChecklistView) {
  const owner = await ownerName(checklist.entry.data.owner);
  // With many services one matrix would be hundreds of columns wide: counts by level here, and a matrix per team on its own page.
  const split = await matrixIsSplit();
  const levelGroups = split ? await readinessByLevel(checklist) : [];
  const columns = split ? [] : await matrixColumns(checklist);
  const teamPages = (await checklistTeamPages())
    .filter((page) => page.checklist.id === checklist.id)
    .map((page) => ({ label: page.parts === 1 ? page.teamName : `${page.teamName} (${page.part} of ${page.parts})`, path: checklistTeamPath(checklist.path, page.slug) }));
  const searchRecord = await searchRecordFor(checklist.path);
  return { owner, split, levelGroups, columns, teamPages, searchRecord };
}
