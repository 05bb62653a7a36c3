import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';

import { BadUserInputError, FieldError } from './domain-errors';
import { findUnsafeText } from './text-input';

/**
 * `@Args` reaches pipes with @nestjs/graphql's numeric `GqlParamtype.ARGS`, an enum the package
 * does not export (ROOT 0, CONTEXT 1, INFO 2, ARGS 3). The hostile-strings API test fails if it moves.
 */
export const GRAPHQL_ARGS_PARAMETER = 3;

/**
 * The parameters whose values come from the client: GraphQL `@Args` and, for any HTTP controller
 * added later, body, query and route parameters. The others (`@Parent`, `@Context`, `@Info`,
 * custom decorators such as `@CurrentUser`) are the server's own.
 */
const CLIENT_PARAMETERS: ReadonlySet<unknown> = new Set([GRAPHQL_ARGS_PARAMETER, 'body', 'query', 'param']);

/**
 * The one gate for client input on GraphQL: every `@Args` value (mutations, queries and field
 * arguments alike, before any parameter pipe such as `ParseUuidPipe`) is first held to the text
 * rule of {@link findUnsafeText}, then validated with its class-validator rules. Either answers
 * `BAD_USER_INPUT` naming every field at fault by its path from the argument (`input.email`,
 * `input.organization.name`, `ids.0`).
 */
@Injectable()
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      whitelist: true,
      forbidUnknownValues: false,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => new BadUserInputError(flatten(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Before class-validator: its validators were never meant for such strings (`isEmail` throws
    // URIError on a lone surrogate), and PostgreSQL and the JSON event log cannot hold them.
    // The server's own parameters pass as they are. `@Parent()` carries its class as metatype, so
    // ValidationPipe would copy every parent through class-transformer and class-validator on every
    // field call (≈ 1,200 calls on a big design read; issue #15) for nothing to check.
    if (!CLIENT_PARAMETERS.has(metadata.type)) return value;
    const unsafe = findUnsafeText(value, metadata.data ?? '');
    if (unsafe.length) throw new BadUserInputError(unsafe);
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof BadUserInputError && metadata.data) {
        throw new BadUserInputError(
          error.fields.map((f) => ({ ...f, field: `${metadata.data}.${f.field}` })),
        );
      }
      throw error;
    }
  }
}

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: stripProperty(message, error.property),
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** class-validator's default messages start with the property name; ours name it in `field`. */
function stripProperty(message: string, property: string): string {
  return message.startsWith(`${property} `) ? message.slice(property.length + 1) : message;
}
