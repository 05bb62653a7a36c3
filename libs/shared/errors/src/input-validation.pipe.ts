import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';

import { BadUserInputError, FieldError } from './domain-errors';

/**
 * Validates GraphQL arguments with their class-validator rules and answers `BAD_USER_INPUT` naming
 * every field at fault by its path from the argument (`input.email`, `input.organization.name`).
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
