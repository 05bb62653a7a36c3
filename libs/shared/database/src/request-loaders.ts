import DataLoader from 'dataloader';
import { In, ObjectLiteral, Repository } from 'typeorm';

/**
 * One DataLoader per request (keyed by the request object, forgotten with it), so that nested
 * GraphQL fields batch their reads into one query per kind instead of one per parent.
 */
export class PerRequestLoader<K, V> {
  private readonly loaders = new WeakMap<object, DataLoader<K, V>>();

  constructor(private readonly batch: (keys: readonly K[]) => Promise<V[]>) {}

  load(request: object, key: K): Promise<V> {
    return this.forRequest(request).load(key);
  }

  loadMany(request: object, keys: readonly K[]): Promise<V[]> {
    return Promise.all(keys.map((key) => this.load(request, key)));
  }

  /** Forget a cached value after this request changed it. */
  clear(request: object, key: K): void {
    this.loaders.get(request)?.clear(key);
  }

  private forRequest(request: object): DataLoader<K, V> {
    let loader = this.loaders.get(request);
    if (!loader) {
      // setImmediate gathers every key asked for while a GraphQL level resolves (several promise
      // ticks), so a query shape costs the same statements whatever the number of parents.
      loader = new DataLoader<K, V>((keys) => this.batch(keys), {
        maxBatchSize: 1000,
        batchScheduleFn: (dispatch) => setImmediate(dispatch),
      });
      this.loaders.set(request, loader);
    }
    return loader;
  }
}

/** Loads rows by id in one `WHERE id IN (...)`, in the order asked, `null` for a missing id. */
export function byIdLoader<E extends ObjectLiteral & { id: string }>(repository: Repository<E>) {
  return new PerRequestLoader<string, E | null>(async (ids) => {
    const rows = await repository.findBy({ id: In([...ids]) } as never);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
