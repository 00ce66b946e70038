import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { RequestHandler } from 'express';
import { httpExtension, type ErrorCode } from '../common/error-codes.js';
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isCompositeType,
  isIntrospectionType,
  isListType,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from '../common/paging.js';
import { sendGraphQLError } from './responses.js';

/** What one HTTP request may ask of the API (README, "Limits"). */
export interface ApiLimits {
  /** Levels of nested fields in one operation; fragments add no level of their own. */
  maxDepth: number;
  /** Aliased fields in one operation (`a: node(id: …)`). */
  maxAliases: number;
  /** Estimated objects one operation may return: see `pageSizeEstimator`. */
  maxCost: number;
  /** Tokens (names, punctuation, values) in one GraphQL document; bounds parsing and validation work. */
  maxTokens: number;
  /** Operations in one batched POST (a JSON array); 0 turns batching off. */
  maxBatchSize: number;
  /** Bytes of one request body. */
  maxBodyBytes: number;
}

export const DEFAULT_LIMITS: ApiLimits = {
  maxDepth: 12,
  maxAliases: 15,
  maxCost: 250_000,
  maxTokens: 2_000,
  maxBatchSize: 10,
  maxBodyBytes: 1_048_576,
};

/** The stable `extensions.code` of each limit, part of the API. */
export const LIMIT_CODES = {
  depth: 'QUERY_TOO_DEEP',
  aliases: 'TOO_MANY_ALIASES',
  cost: 'QUERY_TOO_COMPLEX',
  tokens: 'TOO_MANY_TOKENS',
  batch: 'BATCH_TOO_LARGE',
  body: 'PAYLOAD_TOO_LARGE',
  introspection: 'INTROSPECTION_DISABLED',
} as const satisfies Record<string, ErrorCode>;

export type LimitCode = (typeof LIMIT_CODES)[keyof typeof LIMIT_CODES];

const limitCodes = new Set<unknown>(Object.values(LIMIT_CODES));

export function isLimitCode(code: unknown): code is LimitCode {
  return limitCodes.has(code);
}

function limitError(message: string, code: LimitCode, limit: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code, limit, http: httpExtension(code) } });
}

/**
 * graphql-armor's depth and alias rules, reporting a coded error instead of throwing (a throw would
 * abort validation as an internal error). Their message starts with "Syntax Error: ", which it is not.
 */
function armorRejection(code: LimitCode, limit: number, advice: string) {
  return {
    n: limit,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        context?.reportError(limitError(`${error.message.replace(/^Syntax Error: /, '')} ${advice}`, code, limit));
      },
    ],
  };
}

/** Refuses `__schema` and `__type` when introspection is turned off; `__typename` stays allowed. */
const noIntrospectionRule: ValidationRule = (context) => ({
  Field(node) {
    const type = context.getType();
    if (type && isIntrospectionType(getNamedType(type))) {
      context.reportError(
        new GraphQLError(`Introspection ("${node.name.value}") is turned off on this server (CROSSWALK_INTROSPECTION).`, {
          nodes: node,
          extensions: { code: LIMIT_CODES.introspection },
        }),
      );
    }
  },
});

/** Validation rules for the limits that the document alone decides: depth, aliases, introspection. */
export function limitValidationRules(limits: ApiLimits, introspection: boolean): ValidationRule[] {
  return [
    maxDepthRule({
      ...armorRejection(LIMIT_CODES.depth, limits.maxDepth, 'Ask for fewer levels of nesting, or split the query.'),
      // Fragments are a way of writing a selection, not a level of the response.
      flattenFragments: true,
    }),
    maxAliasesRule({
      ...armorRejection(LIMIT_CODES.aliases, limits.maxAliases, 'Ask for several ids with nodes(ids:) instead, or split the query.'),
    }),
    ...(introspection ? [] : [noIntrospectionRule]),
  ];
}

/** A connection's page size: the smaller of first and last, or the default page when neither is given. */
function pageSize(args: Record<string, unknown>): number {
  const sizes = [args.first, args.last].filter((size): size is number => typeof size === 'number');
  return sizes.length > 0 ? Math.max(0, Math.min(...sizes)) : DEFAULT_PAGE_SIZE;
}

/**
 * Cost: every object in the response counts 1 (scalars come with their object, free). A connection
 * (a field taking `first`/`last`) multiplies what is inside it by its page size (default 50), so
 * nested pages multiply down the nesting; `nodes(ids:)` counts one object per id.
 */
export const pageSizeEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!isCompositeType(getNamedType(field.type))) return 0;
  if (field.args.some((argument) => argument.name === 'first' || argument.name === 'last')) {
    return 1 + pageSize(args) * childComplexity;
  }
  if (isListType(getNullableType(field.type)) && Array.isArray(args.ids)) return args.ids.length * (1 + childComplexity);
  return 1 + childComplexity;
};

/** The cost limit runs once the operation and its variables are known, since page sizes may be variables. */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              ...(operationName ? { operationName } : {}),
              estimators: [pageSizeEstimator],
            });
          } catch (error) {
            // Anything but a GraphQL error is a bug of ours: it shows as an internal error, never as no limit.
            if (!(error instanceof GraphQLError)) throw error;
            // Past 10,000 selections (fragments spread into fragments) the library stops counting.
            if (error.message.includes('maximum allowed number of nodes')) cost = Infinity;
            // Variables that do not fit their types: execution refuses them next, with a precise error.
            else return;
          }
          if (cost > maxCost) {
            throw limitError(
              `The query's estimated cost ${Number.isFinite(cost) ? cost : 'is'} exceeds the limit of ${maxCost} ` +
                `(each object counts 1, lists count by their page size, first/last, default ${DEFAULT_PAGE_SIZE}). ` +
                'Ask for smaller pages or fewer nested lists.',
              LIMIT_CODES.cost,
              maxCost,
            );
          }
        },
      };
    },
  };
}

/** Refuses a batched POST (a JSON array) of more operations than allowed, before any of them runs. */
export function batchLimit(maxBatchSize: number): RequestHandler {
  return (request, response, next) => {
    const body: unknown = request.body;
    if (request.method !== 'POST' || !Array.isArray(body) || body.length <= maxBatchSize) {
      next();
      return;
    }
    const message =
      maxBatchSize === 0
        ? 'Batched requests are turned off on this server (CROSSWALK_MAX_BATCH_SIZE=0); send one operation per request.'
        : `A batch may hold at most ${maxBatchSize} operations; this one has ${body.length}. Split it into smaller batches.`;
    sendGraphQLError(response, LIMIT_CODES.batch, message, { limit: maxBatchSize });
  };
}

// graphql-js 16 words it "Syntax Error: Document contains more that N tokens. Parsing aborted." (sic).
const TOO_MANY_TOKENS = /Document contains more th(?:an|at) (\d+) tokens/;

/** The token limit is graphql-js's own parse option; its error is a parse error we give a code of its own. */
export function tokenLimitMessage(message: string): { message: string; limit: number } | null {
  const match = TOO_MANY_TOKENS.exec(message);
  if (!match) return null;
  const limit = Number(match[1]);
  return {
    message: `The query has more than ${limit} tokens (names, punctuation and values); send a shorter document or split it.`,
    limit,
  };
}
