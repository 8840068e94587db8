/** Error kinds the handler raises, and how each profile spells them on the wire. */
import type { Profile } from './model';

export type ErrorKind =
  | 'invalid_parameter'
  | 'malformed_body'
  | 'already_exists'
  | 'unauthenticated'
  | 'not_found'
  | 'no_such_endpoint'
  | 'method_not_allowed'
  | 'rate_limited'
  | 'internal';

export class ApiError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    /** Extra response headers, e.g. Retry-After with a 429. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function invalidParameter(message: string): ApiError {
  return new ApiError('invalid_parameter', message);
}

export const ERROR_STATUS: Record<ErrorKind, number> = {
  invalid_parameter: 400,
  malformed_body: 400,
  already_exists: 400,
  unauthenticated: 401,
  not_found: 404,
  no_such_endpoint: 404,
  method_not_allowed: 405,
  rate_limited: 429,
  internal: 500,
};

/** OCI API error codes and MLflow's `ErrorCode` names (mlflow/protos/databricks.proto). */
export const ERROR_CODES: Record<Profile, Record<ErrorKind, string>> = {
  oci: {
    invalid_parameter: 'InvalidParameter',
    malformed_body: 'CannotParseRequest',
    already_exists: 'InvalidParameter',
    unauthenticated: 'NotAuthenticated',
    not_found: 'NotAuthorizedOrNotFound',
    no_such_endpoint: 'NotAuthorizedOrNotFound',
    method_not_allowed: 'MethodNotAllowed',
    rate_limited: 'TooManyRequests',
    internal: 'InternalServerError',
  },
  mlflow: {
    invalid_parameter: 'INVALID_PARAMETER_VALUE',
    malformed_body: 'BAD_REQUEST',
    already_exists: 'RESOURCE_ALREADY_EXISTS',
    unauthenticated: 'UNAUTHENTICATED',
    not_found: 'RESOURCE_DOES_NOT_EXIST',
    no_such_endpoint: 'ENDPOINT_NOT_FOUND',
    // MLflow has no code of its own for this; Flask answers 405 outside its JSON errors.
    method_not_allowed: 'BAD_REQUEST',
    rate_limited: 'REQUEST_LIMIT_EXCEEDED',
    internal: 'INTERNAL_ERROR',
  },
};
