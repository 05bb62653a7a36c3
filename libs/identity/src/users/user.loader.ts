import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { byIdLoader } from '@mc/database';

import { toUserObject, UserObject } from '../dto/identity.objects';

import { User } from './user.entity';

/** Batches user lookups of one request (authors, participants, mentions …) for other libraries. */
@Injectable()
export class UserLoader {
  private readonly loader;

  constructor(@InjectRepository(User) repository: Repository<User>) {
    this.loader = byIdLoader(repository);
  }

  async load(request: object, id: string): Promise<UserObject | null> {
    const user = await this.loader.load(request, id);
    return user ? toUserObject(user) : null;
  }
}
