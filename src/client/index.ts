export * from './client';
export * from './evidence';
export * from './inconclusive';
export * from '../json';
export * from './redact';
export * from './oci-signer';
export * from './transport';
