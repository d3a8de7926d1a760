// Writes the generated documentation of the rules' JSON interfaces under docs/rules/ (JSON Schemas
// of scenario, result, error and parameters, and the OpenAPI document). Run after changing a schema:
//   npx tsx scripts/rules-docs.ts
// tests/rules/json-schemas.test.ts fails while the committed files differ from what this writes.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { generatedDocFiles } from '../lib/simulation/api-docs';

const dir = path.resolve(import.meta.dirname, '../docs/rules');
for (const [name, content] of Object.entries(generatedDocFiles())) {
  writeFileSync(path.join(dir, name), content);
  console.log(`docs/rules/${name}`);
}
