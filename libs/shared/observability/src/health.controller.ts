import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

const READY_TIMEOUT_MS = 2_000;

/** The state of a dependency the instance can serve without (e.g. Redis: `up`, `degraded`, `off`). */
export type DependencyProbe = () => string;

export interface Readiness {
  status: 'ok' | 'unavailable';
  database: 'up' | 'down';
  [dependency: string]: string;
}

/**
 * `GET /health`: the process is alive. `GET /health/ready`: and its database answers (503 if not).
 * Other dependencies are reported beside it without changing the status: without Redis the
 * instance still serves GraphQL and its own sockets, so a load balancer must keep sending to it.
 */
@Controller('health')
export class HealthController {
  private readonly probes = new Map<string, DependencyProbe>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Adds `name: probe()` to every readiness answer. */
  watch(name: string, probe: DependencyProbe): void {
    this.probes.set(name, probe);
  }

  @Get()
  @HttpCode(200)
  alive(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res({ passthrough: true }) response: Response): Promise<Readiness> {
    const up = await Promise.race([
      this.dataSource.query('SELECT 1').then(
        () => true,
        () => false,
      ),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), READY_TIMEOUT_MS).unref()),
    ]);
    response.status(up ? 200 : 503);
    const others = Object.fromEntries([...this.probes].map(([name, probe]) => [name, probe()]));
    return { ...others, status: up ? 'ok' : 'unavailable', database: up ? 'up' : 'down' };
  }
}
