/** Lossless JSON: int64 values beyond 2^53 survive parsing (RESP-INT64-EXACT). */
export * from './json';
