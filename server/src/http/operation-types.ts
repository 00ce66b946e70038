import { GraphQLError, OperationTypeNode, type ValidationRule } from 'graphql';

/**
 * Refuses an operation whose root type the schema lacks (this API has no subscriptions). graphql-js 16
 * lets one through validation and then fails it in execution, which Apollo would answer as an
 * internal error; refused here it is a validation error, HTTP 400.
 */
export const knownOperationTypeRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const root =
      node.operation === OperationTypeNode.QUERY
        ? schema.getQueryType()
        : node.operation === OperationTypeNode.MUTATION
          ? schema.getMutationType()
          : schema.getSubscriptionType();
    if (!root) {
      context.reportError(new GraphQLError(`This API has no ${node.operation}s; send a query or a mutation.`, { nodes: node }));
    }
  },
});
