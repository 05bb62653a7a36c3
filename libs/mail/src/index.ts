export { MailModule } from './mail.module';
export type { MailOptions } from './mail.options';
export { MAIL_ENTITIES } from './mail.entities';
export { JobQueue, JOB_SCHEMA } from './queue/job-queue.service';
export { MailOutbox } from './outbox/mail-outbox.service';
export { EmailMode } from './preferences/notification-preference.entity';
export { mailFolder } from './transport/mail-transport.service';
