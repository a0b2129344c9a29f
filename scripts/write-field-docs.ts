// `npm run docs`: writes CONTRIBUTING.md's field tables anew from the schemas (src/build/field-docs.ts).
// tests/unit/schema-docs.test.ts fails while the guide differs from what this writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { withFieldTables } from '../src/build/field-docs.ts';

const guide = readFileSync('CONTRIBUTING.md', 'utf8');
const written = withFieldTables(guide);
writeFileSync('CONTRIBUTING.md', written);
console.log(
  written === guide
    ? 'CONTRIBUTING.md : tableaux des champs déjà à jour.'
    : 'CONTRIBUTING.md : tableaux des champs récrits d’après les schémas.',
);
