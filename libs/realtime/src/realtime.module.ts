import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { DesignsModule } from '@mc/designs';

import { DesignDeliveryService } from './channel/design-delivery.service';
import { DesignRoomsService } from './channel/design-rooms.service';
import { HandshakeAuthenticationService } from './channel/handshake-authentication.service';
import { PresenceService } from './channel/presence.service';
import { RealtimeChannel } from './channel/realtime-channel';
import { RealtimeGateway } from './channel/realtime.gateway';
import { SocketEvictionService } from './channel/socket-eviction.service';
import { NotificationResolver } from './notifications/notification.resolver';
import { NotificationService } from './notifications/notification.service';
import { REALTIME_ENTITIES } from './realtime.entities';
import { DEFAULT_REALTIME_OPTIONS, REALTIME_OPTIONS, type RealtimeOptions } from './realtime.options';

/** The `/realtime` socket.io namespace and the notifications it delivers. */
@Module({})
export class RealtimeModule {
  static forRoot(options: Partial<RealtimeOptions> & { distributed: boolean }): DynamicModule {
    return {
      module: RealtimeModule,
      imports: [TypeOrmModule.forFeature(REALTIME_ENTITIES), DesignsModule],
      providers: [
        { provide: REALTIME_OPTIONS, useValue: { ...DEFAULT_REALTIME_OPTIONS, ...options } },
        NotificationService,
        NotificationResolver,
        RealtimeChannel,
        HandshakeAuthenticationService,
        PresenceService,
        SocketEvictionService,
        DesignDeliveryService,
        DesignRoomsService,
        RealtimeGateway,
      ],
    };
  }
}
