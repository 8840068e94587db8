/** fast-check arbitraries of the suite's inputs: data sets, filters, order_by lists, page walks. */
export * from './dataset';
export * from './filter';
export * from './narrowing';
export * from './order-by';
export * from './page-set';
export * from './page-walk';
export * from './search-request-body';
export * from './targeted-filter';
