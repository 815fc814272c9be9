// The public entry of the notifications module: what other modules may use (docs/ARCHITECTURE.md, "Boundaries").
export type { NotificationData } from './data.js';
export { createMailer, type Mailer } from './mailer.js';
export { clearNotifications, notify, taskRecipients, usersOfUnit, usersWithRoles } from './notify.js';
export { type Delivery, deliveryOf, notifyUsers } from './notify-users.js';
export type { NotificationOf, Recipient } from './repository.js';
