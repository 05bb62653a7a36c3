import { snakeCase, SnakeNamingStrategy } from './snake-naming.strategy';

describe('SnakeNamingStrategy', () => {
  it('turns camelCase properties into snake_case columns', () => {
    expect(snakeCase('organizationId')).toBe('organization_id');
    expect(snakeCase('displayName')).toBe('display_name');
    expect(snakeCase('HTTPStatus2')).toBe('http_status2');
    expect(new SnakeNamingStrategy().columnName('createdAt', undefined, [])).toBe('created_at');
  });

  it('names constraints readably after the table and columns', () => {
    const naming = new SnakeNamingStrategy();
    expect(naming.primaryKeyName('users')).toBe('pk_users');
    expect(naming.foreignKeyName('public.users', ['organization_id'])).toBe('fk_users_organization_id');
  });
});
