import type { RequestHandler } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { sendGraphQLError } from './responses.js';

/**
 * Requests per caller per minute (README, "Limits"): each key, token subject or anonymous client
 * address has its own budget; past it the answer is 429 with Retry-After and RATE_LIMITED. The
 * counts live in this process (one server; behind several, each counts its own).
 */
export function rateLimit(perMinute: number): RequestHandler {
  if (perMinute <= 0) return (_request, _response, next) => next();
  const limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  return async (request, response, next) => {
    const bucket = request.caller?.rateKey ?? `ip:${request.socket.remoteAddress}`;
    try {
      const state = await limiter.consume(bucket);
      response.set('ratelimit-limit', String(perMinute));
      response.set('ratelimit-remaining', String(state.remainingPoints));
      response.set('ratelimit-reset', String(Math.ceil(state.msBeforeNext / 1000)));
      next();
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) {
        next(refusal);
        return;
      }
      const retryAfterSeconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      response.set('retry-after', String(retryAfterSeconds));
      response.set('ratelimit-limit', String(perMinute));
      response.set('ratelimit-remaining', '0');
      response.set('ratelimit-reset', String(retryAfterSeconds));
      sendGraphQLError(
        response,
        'RATE_LIMITED',
        `Too many requests: at most ${perMinute} a minute for this caller. Retry in ${retryAfterSeconds} s.`,
        {
          retryAfterSeconds,
        },
      );
    }
  };
}

/**
 * Refused credentials per client address per minute: each 401 counts, and past `perMinute` of them
 * the address is answered 429 before its credentials are even looked up — so guessing keys costs
 * the database nothing. Runs before authentication (whose refusals the per-caller limit never sees).
 */
export function failedAuthenticationLimit(perMinute: number): RequestHandler {
  if (perMinute <= 0) return (_request, _response, next) => next();
  const failures = new RateLimiterMemory({ points: perMinute, duration: 60 });
  return async (request, response, next) => {
    const address = `ip:${request.socket.remoteAddress}`;
    const state = await failures.get(address);
    if (state && state.consumedPoints >= perMinute) {
      const retryAfterSeconds = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
      response.set('retry-after', String(retryAfterSeconds));
      sendGraphQLError(response, 'RATE_LIMITED', `Too many refused credentials from this address. Retry in ${retryAfterSeconds} s.`, {
        retryAfterSeconds,
      });
      return;
    }
    response.on('finish', () => {
      if (response.statusCode === 401) failures.penalty(address, 1).catch(() => undefined);
    });
    next();
  };
}
