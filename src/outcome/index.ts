export * from './types';
export * from './signature';
export * from './recorder';
export * from './thrown';
