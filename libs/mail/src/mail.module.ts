import { DynamicModule, Module } from '@nestjs/common';

import { DesignsModule } from '@mc/designs';
import { WorkflowModule } from '@mc/workflow';

import { MailDeliveries } from './deliveries/mail-deliveries.service';
import { NotificationMailResolver } from './deliveries/notification-mail.resolver';
import { MAIL_OPTIONS, type MailOptions } from './mail.options';
import { MailOutbox } from './outbox/mail-outbox.service';
import { MailTriggers } from './outbox/mail-triggers.service';
import { MailWorkers } from './outbox/mail-workers.service';
import { NotificationPreferencesResolver } from './preferences/notification-preferences.resolver';
import { NotificationPreferencesService } from './preferences/notification-preferences.service';
import { UnsubscribeController } from './preferences/unsubscribe.controller';
import { JobQueue } from './queue/job-queue.service';
import { TaskReminders } from './reminders/task-reminders.service';
import { DevMailController } from './transport/dev-mail.controller';
import { MailTransport } from './transport/mail-transport.service';

/**
 * Mail: the job queue (pg-boss on the application's database), the transport (SMTP or, outside
 * production, .eml files), the templates, preferences with unsubscribe links, and digests.
 */
@Module({})
export class MailModule {
  static forRoot(options: MailOptions): DynamicModule {
    const devPage = options.config.NODE_ENV === 'development' && !options.config.SMTP_URL;
    return {
      module: MailModule,
      imports: [DesignsModule, WorkflowModule],
      controllers: [UnsubscribeController, ...(devPage ? [DevMailController] : [])],
      providers: [
        { provide: MAIL_OPTIONS, useValue: options },
        JobQueue,
        MailDeliveries,
        NotificationMailResolver,
        MailTransport,
        MailOutbox,
        MailTriggers,
        MailWorkers,
        NotificationPreferencesService,
        NotificationPreferencesResolver,
        TaskReminders,
      ],
      exports: [JobQueue, MailOutbox],
    };
  }
}
