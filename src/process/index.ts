/** Child processes, one way: project-root cwd, a clean environment, a time bound, a kill of the whole group. */
export { childEnvironment, type Inheritance } from './environment';
export { run, start, type Finished, type RunOptions, type Running } from './run';
export { outputOf } from './sync';
export { playwrightCommand } from './playwright';
