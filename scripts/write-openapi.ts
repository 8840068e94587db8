import fs from 'node:fs';
import path from 'node:path';
import { GENERATED_MLFLOW_FILE, renderMlflowYaml } from '../src/contract';

// Tools that read files (Schemathesis, Redocly) need the mlflow profile on disk;
// openapi/openapi.test.ts fails when this output drifts from src/contract/profiles.ts.
fs.mkdirSync(path.dirname(GENERATED_MLFLOW_FILE), { recursive: true });
fs.writeFileSync(GENERATED_MLFLOW_FILE, renderMlflowYaml());
console.log(`wrote ${path.relative(process.cwd(), GENERATED_MLFLOW_FILE)}`);
