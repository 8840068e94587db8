/** fast-check arbitraries of the suite's inputs: data sets, filters, order_by lists, page walks, max_results, tokens, views. */
export * from './dataset';
export * from './filter';
export { isPlainKey } from './key';
export { isPlainStringValue } from './observed';
export * from './max-results';
export * from './narrowing';
export * from './observed-filter';
export * from './order-by';
export * from './order-by-cases';
export * from './page-set';
export * from './page-token';
export * from './page-walk';
export * from './search-request-body';
export * from './targeted-filter';
export * from './view-type';
