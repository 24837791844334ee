// Writes the generated rule docs (see scripts/rule-docs.ts) and the diagnostic catalog `drydock
// rules <id>` reads (see scripts/diagnostic-catalog.ts). Run: npm run docs
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rules } from '../rules/index.js';
import { catalogModule, renderDiagnosticCatalog } from './diagnostic-catalog.js';
import { renderRuleDocs } from './rule-docs.js';

const root = process.cwd();
mkdirSync(path.join(root, 'docs/rules'), { recursive: true });
const files = renderRuleDocs(rules, root);
files.set(catalogModule, renderDiagnosticCatalog(root));
for (const [file, content] of files) writeFileSync(path.join(root, file), content);
console.log(`wrote ${files.size} files`);
