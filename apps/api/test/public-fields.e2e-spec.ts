/**
 * Every root field's guard, visible in review: each Query and Mutation field of the live schema is
 * called without a token, and the fields that answer anything but UNAUTHENTICATED must be exactly
 * the committed list below. Making a field public means editing that list in the same commit.
 */
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

import { startTestApi, TestApi } from './test-api';

/** The root fields anyone may call without logging in, as `Type.field`. Keep it sorted. */
const PUBLIC_ROOT_FIELDS = [
  'Mutation.logIn',
  'Mutation.signUp',
  'Query.publishedCatalog',
  'Query.publishedDesign',
  'Query.invitationPreview',
  'Mutation.requestPasswordReset',
  'Mutation.resetPassword',
];

// Strings far over every length limit: a public field answers BAD_USER_INPUT for them before any
// other rule (logIn would otherwise answer UNAUTHENTICATED for a wrong password, like a guard).
const LONG_TEXT = 'x'.repeat(5_000);
const SCALAR_VALUES: Record<string, unknown> = {
  String: LONG_TEXT,
  ID: '00000000-0000-4000-8000-000000000000',
  Int: 1,
  Float: 1,
  Boolean: true,
  DateTime: '2026-01-01T00:00:00.000Z',
  JSON: {},
};

/** A value of `type` that passes GraphQL's own validation, so that the request reaches the guard. */
function valueOf(type: GraphQLInputType, path: string): unknown {
  if (isNonNullType(type)) return valueOf(type.ofType, path);
  if (isListType(type)) return [valueOf(type.ofType, path)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter(
      (field) => isNonNullType(field.type) && field.defaultValue === undefined,
    );
    return Object.fromEntries(
      fields.map((field) => [field.name, valueOf(field.type, `${path}.${field.name}`)]),
    );
  }
  if (isScalarType(type) && type.name in SCALAR_VALUES) return SCALAR_VALUES[type.name];
  throw new Error(`${path}: teach this test a value of the ${String(type)} type`);
}

/** A request calling `field` with every required argument and the least selection it takes. */
function probeOf(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const declarations = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return {
    query: `${operation} Probe${declarations ? `(${declarations})` : ''} { ${field.name}${
      passed ? `(${passed})` : ''
    }${selection} }`,
    variables: Object.fromEntries(
      required.map((arg) => [arg.name, valueOf(arg.type, `${field.name}(${arg.name})`)]),
    ),
  };
}

function rootFields(schema: GraphQLSchema) {
  const roots: Array<['query' | 'mutation', GraphQLObjectType | null | undefined]> = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ];
  return roots.flatMap(([operation, type]) =>
    Object.values(type?.getFields() ?? {}).map((field) => ({
      name: `${type?.name}.${field.name}`,
      probe: probeOf(operation, field),
    })),
  );
}

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

it('without a token, exactly the committed PUBLIC_ROOT_FIELDS answer anything but UNAUTHENTICATED', async () => {
  const schema = api.app.get(GraphQLSchemaHost).schema;
  expect(schema.getSubscriptionType()).toBeFalsy(); // a subscription root would need probing too
  const fields = rootFields(schema);
  expect(fields.map((field) => field.name)).toEqual(expect.arrayContaining(['Query.me', 'Mutation.logIn']));

  const answers = new Map<string, string>();
  for (const field of fields) {
    const result = await api.client.request(field.probe.query, field.probe.variables);
    answers.set(field.name, result.errors?.[0]?.extensions?.code ?? 'an answer with data');
  }
  const publicFields = [...answers].filter(([, code]) => code !== 'UNAUTHENTICATED').map(([name]) => name);

  const problems = [
    ...publicFields
      .filter((name) => !PUBLIC_ROOT_FIELDS.includes(name))
      .map(
        (name) =>
          `${name} is new among the public fields: without a token it answers ${answers.get(name)}. ` +
          'Guard it, or add it to PUBLIC_ROOT_FIELDS in apps/api/test/public-fields.e2e-spec.ts.',
      ),
    ...PUBLIC_ROOT_FIELDS.filter((name) => !publicFields.includes(name)).map((name) =>
      answers.has(name)
        ? `${name} is missing from the public fields: without a token it answers UNAUTHENTICATED. ` +
          'Remove it from PUBLIC_ROOT_FIELDS if it is meant to be guarded.'
        : `${name} is in PUBLIC_ROOT_FIELDS but not in the schema: remove it from the list.`,
    ),
  ];
  expect(problems.join('\n')).toBe('');
});
