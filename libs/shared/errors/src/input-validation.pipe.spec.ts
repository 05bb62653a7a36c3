import 'reflect-metadata';

import { ArgumentMetadata } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsEmail, IsOptional, IsString, Length, ValidateNested } from 'class-validator';

import { BadUserInputError } from './domain-errors';
import { GRAPHQL_ARGS_PARAMETER, InputValidationPipe } from './input-validation.pipe';

class OrganizationDto {
  @IsString()
  @Length(1, 50)
  name!: string;
}

class SignUpDto {
  // class-validator's isEmail throws URIError on a lone surrogate: the text rule must come first.
  @IsEmail()
  email!: string;

  @IsString()
  @Length(1, 50)
  displayName!: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => OrganizationDto)
  organization?: OrganizationDto;
}

const pipe = new InputValidationPipe();
const args = (
  data: string | undefined,
  metatype: ArgumentMetadata['metatype'] = String,
): ArgumentMetadata => ({
  type: GRAPHQL_ARGS_PARAMETER as unknown as ArgumentMetadata['type'],
  data,
  metatype,
});

async function refusal(value: unknown, metadata: ArgumentMetadata): Promise<BadUserInputError> {
  const error: unknown = await pipe.transform(value, metadata).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof BadUserInputError))
    throw new Error(`expected BadUserInputError, got ${String(error)}`);
  return error;
}

const HOSTILE = [
  ['a NUL byte', 'a\u0000b@example.org', /NUL/],
  ['a lone high surrogate', 'x\ud800@example.org', /surrogate/],
  ['a lone low surrogate', 'x\udc00@example.org', /surrogate/],
  ['a bell', 'x\u0007@example.org', /control/],
] as const;

describe('InputValidationPipe and the text rule', () => {
  it.each(HOSTILE)(
    'refuses %s in an input object field before class-validator, naming its path',
    async (_n, bad, reason) => {
      const error = await refusal({ email: bad, displayName: 'Ada' }, args('input', SignUpDto));
      expect(error.fields).toEqual([{ field: 'input.email', message: expect.stringMatching(reason) }]);
    },
  );

  it('names a field nested in an input object, and every field at fault', async () => {
    const error = await refusal(
      { email: 'a\u0000@example.org', displayName: 'Ada\ud800', organization: { name: 'Org\u0000' } },
      args('input', SignUpDto),
    );
    expect(error.fields.map((f) => f.field)).toEqual([
      'input.email',
      'input.displayName',
      'input.organization.name',
    ]);
  });

  it.each(HOSTILE)(
    'refuses %s in a plain String or ID argument, naming the argument',
    async (_n, bad, reason) => {
      const error = await refusal(bad, args('email'));
      expect(error.fields).toEqual([{ field: 'email', message: expect.stringMatching(reason) }]);
    },
  );

  it('names the element of a list of strings', async () => {
    const error = await refusal(['00000000-0000-4000-8000-000000000001', 'x\u0000'], args('ids', Array));
    expect(error.fields).toEqual([{ field: 'ids.1', message: expect.stringMatching(/NUL/) }]);
  });

  it('checks HTTP body, query and route parameters too', async () => {
    for (const type of ['body', 'query', 'param'] as const) {
      const error = await refusal({ q: 'x\u0007' }, { type, data: undefined, metatype: Object });
      expect(error.fields).toEqual([{ field: 'q', message: expect.stringMatching(/control/) }]);
    }
  });

  it('leaves the server’s own parameters alone (parent, context, info, custom decorators)', async () => {
    const serverValue = { note: 'a\u0000b' };
    for (const type of [0, 1, 2, 'custom'] /* ROOT, CONTEXT, INFO */) {
      const metadata = { type, data: undefined, metatype: Object } as unknown as ArgumentMetadata;
      await expect(pipe.transform(serverValue, metadata)).resolves.toBe(serverValue);
    }
  });

  it('passes a parent record through as it is, not copied nor validated (its class as metatype)', async () => {
    const parent = { email: 'not an email', displayName: '', authorId: 'kept' };
    const metadata = { type: 0, data: undefined, metatype: SignUpDto } as unknown as ArgumentMetadata;
    await expect(pipe.transform(parent, metadata)).resolves.toBe(parent);
  });

  it('accepts tab, newline, carriage return, accents and emoji', async () => {
    const input = { email: 'ada@example.org', displayName: 'Ada\tLovelace\r\nCafé 🎓👩🏽‍🏫' };
    await expect(pipe.transform(input, args('input', SignUpDto))).resolves.toEqual(input);
    await expect(pipe.transform('line one\nline two', args('note'))).resolves.toBe('line one\nline two');
  });

  it('still answers class-validator failures with their paths', async () => {
    const error = await refusal({ email: 'nope', displayName: '' }, args('input', SignUpDto));
    expect(error.fields.map((f) => f.field)).toEqual(['input.email', 'input.displayName']);
  });
});
