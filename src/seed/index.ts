export * from './cleanup';
export * from './prefix';
export * from './seed';
