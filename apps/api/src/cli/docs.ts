import { readFileSync, writeFileSync } from 'node:fs';
import { fillGenerated, generatedDocs } from '@scrutineer/domain';

/** `npm run docs`: rewrite README's generated sections (the election lifecycle, the rule profiles). */
const file = process.argv[2] ?? 'README.md';
writeFileSync(file, fillGenerated(readFileSync(file, 'utf8'), generatedDocs()));
process.stdout.write(`Updated ${file}\n`);
