import { writeFileSync } from 'node:fs';
import { renderConflictsMarkdown } from '../shared/conflicts/rules';

writeFileSync(new URL('../docs/CONFLICTS.md', import.meta.url), renderConflictsMarkdown());
console.log('docs/CONFLICTS.md written');
