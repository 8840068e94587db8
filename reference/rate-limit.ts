/** A fixed-window limit over all requests: at most `requests` per `perMs` milliseconds. */
export interface RateLimitConfig {
  requests: number;
  perMs: number;
}

export interface RateLimiter {
  /** Counts one request; returns the seconds to wait when it is over the limit, else undefined. */
  admit(): number | undefined;
}

export function createRateLimiter(config: RateLimitConfig, now: () => number = Date.now): RateLimiter {
  let windowStart = Number.NEGATIVE_INFINITY;
  let count = 0;
  return {
    admit() {
      const time = now();
      if (time >= windowStart + config.perMs) {
        windowStart = time;
        count = 0;
      }
      count += 1;
      if (count <= config.requests) return undefined;
      // Retry-After is in whole seconds; never 0, which would invite an immediate retry.
      return Math.max(1, Math.ceil((windowStart + config.perMs - time) / 1000));
    },
  };
}
