// Writes the generated rule docs (see scripts/rule-docs.ts), the diagnostic catalog `drydock
// rules <id>` reads (see scripts/diagnostic-catalog.ts) and the README's example output (see
// scripts/readme-example.ts). Run: npm run docs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rules } from '../rules/index.js';
import { catalogModule, renderDiagnosticCatalog } from './diagnostic-catalog.js';
import { demoOutput, withExample } from './readme-example.js';
import { renderRuleDocs } from './rule-docs.js';

const root = process.cwd();
mkdirSync(path.join(root, 'docs/rules'), { recursive: true });
const files = renderRuleDocs(rules, root);
files.set(catalogModule, renderDiagnosticCatalog(root));
files.set('README.md', withExample(files.get('README.md') ?? readFileSync(path.join(root, 'README.md'), 'utf8'), await demoOutput(root)));
for (const [file, content] of files) writeFileSync(path.join(root, file), content);
console.log(`wrote ${files.size} files`);
