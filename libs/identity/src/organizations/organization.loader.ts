import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { byIdLoader } from '@mc/database';

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
}
