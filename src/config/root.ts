import { resolve } from 'node:path';

/** The project's root folder (package.json, openapi/, reports/), from this file's place: computed once, here. */
export const PROJECT_ROOT = resolve(__dirname, '..', '..');
