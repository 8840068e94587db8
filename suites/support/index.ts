/** What the spec files share: checks that record typed outcomes, properties, queries, page readers. */
export * from './failure';
export * from './property';
export * from './query';
export * from './rejection';
export * from './runs';
