/** The oracle: pure functions computing expected answers from data the suite knows. */
export * from './model';
export * from './filter';
export * from './latest-metric';
export * from './order';
export * from './view-type';
export * from './search';
export * from './pagination';
export * from './readings';
export * from './settled';
export * from './errors';
export * from './filter-format';
export * from './lexer';
export * from './run-fixture';
export * from './lifecycle';
