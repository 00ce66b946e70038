import { GraphQLError, Kind, parse, type GraphQLFormattedError, type ValueNode } from 'graphql';

// GraphQL itself refuses variables that do not fit the schema (a missing required field, an unknown
// enum value, a date like 2026-02-30, 1.5 for an Int) before any resolver runs. Its message names the
// variable and the path inside it; this gives such errors the `extensions.field` every other input
// error carries, as the argument path the client would see (`input.collectedOn`, `modelIds.2`).

const VARIABLE_ERROR = /^Variable "\$([A-Za-z_]\w*)" (got invalid value|of required type|of non-null type)/;
const PATH = / at "([A-Za-z_]\w*(?:\.[A-Za-z_]\w*|\[\d+\])*)"; /;
const NAMED_FIELD = /; Field "([A-Za-z_]\w*)" (?:of required type .* was not provided|is not defined by type)/;

/** `extensions.field` for a variable coercion error, else the error as it is. For Apollo's formatError. */
export function withInputField(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (formatted.extensions?.code !== 'BAD_USER_INPUT' || formatted.extensions.field !== undefined) return formatted;
  const field = inputFieldOfVariableError(formatted.message, error instanceof GraphQLError ? error.source?.body : undefined);
  return field ? { ...formatted, extensions: { ...formatted.extensions, field } } : formatted;
}

/** The dotted argument path a variable coercion message points at, or null if it is not one. */
export function inputFieldOfVariableError(message: string, query?: string): string | null {
  const variable = VARIABLE_ERROR.exec(message)?.[1];
  if (!variable) return null;
  const inside = PATH.exec(message)?.[1] ?? variable;
  const named = NAMED_FIELD.exec(message)?.[1];
  const path = `${inside}${named ? `.${named}` : ''}`.replace(/\[(\d+)\]/g, '.$1').split('.');
  path[0] = (query && argumentPathOf(variable, query)) || variable;
  return path.join('.');
}

/** Where the query passes `$variable`: `input` for `createX(input: $variable)`, `input.name` inside an object. */
function argumentPathOf(variable: string, query: string): string | null {
  let document;
  try {
    document = parse(query);
  } catch {
    return null;
  }
  let found: string | null = null;
  const search = (value: ValueNode, path: string): void => {
    if (found) return;
    if (value.kind === Kind.VARIABLE && value.name.value === variable) found = path;
    else if (value.kind === Kind.OBJECT) value.fields.forEach((field) => search(field.value, `${path}.${field.name.value}`));
    else if (value.kind === Kind.LIST) value.values.forEach((item, index) => search(item, `${path}.${index}`));
  };
  const walk = (node: unknown): void => {
    if (found || !node || typeof node !== 'object') return;
    const candidate = node as { kind?: string; name?: { value: string }; value?: ValueNode };
    if (candidate.kind === Kind.ARGUMENT && candidate.value) {
      search(candidate.value, candidate.name!.value);
      return;
    }
    for (const child of Object.values(node)) {
      if (Array.isArray(child)) child.forEach(walk);
      else if (child && typeof child === 'object' && 'kind' in child) walk(child);
    }
  };
  walk(document);
  return found;
}
