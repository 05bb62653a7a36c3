import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { byIdLoader } from '@mc/database';
import { NotFoundError } from '@mc/errors';

import { OrganizationObject, toOrganizationObject } from '../dto/identity.objects';

import { Organization } from './organization.entity';

/** Batches `organization` lookups of one request. */
@Injectable()
export class OrganizationLoader {
  private readonly loader;

  constructor(@InjectRepository(Organization) repository: Repository<Organization>) {
    this.loader = byIdLoader(repository);
  }

  load(request: object, id: string): Promise<Organization | null> {
    return this.loader.load(request, id);
  }

  /** The organization as the API shows it (`User.organization`); NOT_FOUND if it is gone. */
  async object(request: object, id: string): Promise<OrganizationObject> {
    const organization = await this.loader.load(request, id);
    if (!organization) throw new NotFoundError('Organization');
    return toOrganizationObject(organization);
  }
}
