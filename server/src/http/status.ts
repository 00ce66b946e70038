import type { ApolloServerPlugin } from '@apollo/server';
import { HTTP_STATUS, httpHeaders, wholeAnswerCode } from '../common/error-codes.js';

const JSON_TYPE = 'application/json';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json';

/**
 * Whether the client asked for `application/json` by name, ahead of `application/graphql-response+json`
 * (the order Apollo's content negotiation uses: quality, then position). A missing Accept header or
 * a bare wildcard names neither: those clients keep the 4xx statuses (README, "Calling the API").
 */
export function asksForApplicationJson(accept: string | undefined): boolean {
  if (!accept) return false;
  const ranges = accept.split(',').map((part, position) => {
    const [type = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    return { type, quality: Number.isFinite(quality) ? quality : 0, position };
  });
  const json = ranges.find((range) => range.type === JSON_TYPE && range.quality > 0);
  if (!json) return false;
  const graphql = ranges.find((range) => range.type === GRAPHQL_RESPONSE_TYPE && range.quality > 0);
  return !graphql || json.quality > graphql.quality || (json.quality === graphql.quality && json.position < graphql.position);
}

/**
 * The status of an answer in which GraphQL ran, decided from its errors' codes (common/error-codes.ts):
 * - a code that concerns the whole answer (the database away) sets it, with its headers;
 * - a document that did not parse or validate, or variables that did not coerce, answer 200 to a
 *   client that asked for application/json, as the GraphQL-over-HTTP specification recommends for
 *   that media type (such a client reads the body, not the status); other clients keep the 4xx.
 */
export const errorStatusPlugin: ApolloServerPlugin = {
  async requestDidStart({ request }) {
    const legacyJsonClient = asksForApplicationJson(request.http?.headers.get('accept'));
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const { errors, data } = response.body.singleResult;
        const whole = wholeAnswerCode((errors ?? []).map((error) => error.extensions?.code));
        if (whole) {
          response.http.status = HTTP_STATUS[whole];
          for (const [name, value] of httpHeaders(whole)) response.http.headers.set(name, value);
          return;
        }
        // A request error (nothing executed: no `data` at all) that Apollo answered 400.
        if (legacyJsonClient && errors?.length && data === undefined && response.http.status === 400) response.http.status = 200;
      },
    };
  },
};
