import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';

import { BadUserInputError } from './domain-errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** An `ID` argument that must be a UUID: anything else is `BAD_USER_INPUT` naming the argument. */
@Injectable()
export class ParseUuidPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (!isUuid(value)) throw BadUserInputError.of(metadata.data ?? 'id', 'must be a UUID');
    return value.toLowerCase();
  }
}
