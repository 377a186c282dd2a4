import { deliveryFilterSchema } from '../validation/notifications';
import { queryParameters } from './json-schema';
import { body, error, errors, pathParam, reply } from './path-helpers';

/** Notification centre and preferences (clinician), reminders (patient), delivery log (admin). */
export function notifyPaths() {
  return {
    '/notifications': {
      get: {
        summary: 'Your notifications, newest first, and the unread count (clinician)',
        responses: { 200: reply('Notifications', 'NotificationList'), ...errors(401, 403) },
      },
    },
    '/notifications/{id}/read': {
      post: {
        summary: 'Mark one of your notifications read (clinician)',
        parameters: [pathParam('id', 'The notification id.')],
        responses: {
          200: reply('Read (also when it already was)', 'NotificationRead'),
          ...errors(401, 403),
          404: error('No such notification, or it is someone else’s.'),
        },
      },
    },
    '/notification-preferences': {
      get: {
        summary: 'Your alert channels per tier (clinician)',
        responses: { 200: reply('Preferences', 'NotificationPreferences'), ...errors(401, 403) },
      },
      put: {
        summary: 'Choose your alert channels per tier (clinician)',
        description:
          'Only the tiers given change. A tier the clinic does not route can only be given `[]` (422 for that tier).',
        requestBody: body('NotificationPreferencesPut'),
        responses: { 200: reply('Saved', 'NotificationPreferences'), ...errors(400, 401, 403, 422) },
      },
    },
    '/reminders': {
      get: {
        summary: 'Your nightly diary reminder (patient)',
        responses: { 200: reply('Reminder', 'Reminders'), ...errors(401, 403) },
      },
      put: {
        summary: 'Set your nightly diary reminder (patient)',
        description:
          'One reminder a night at most, only when last night is not recorded, never in quiet hours; reminders ' +
          'pause after 3 missed nights in a row until you record a night or turn them on again. Bad values answer ' +
          '422 with a message per field.',
        requestBody: body('RemindersPut'),
        responses: { 200: reply('Saved', 'Reminders'), ...errors(400, 401, 403, 422) },
      },
    },
    '/admin/deliveries': {
      get: {
        summary: 'The delivery log, newest first (admin)',
        parameters: queryParameters(deliveryFilterSchema, {
          status: 'Only deliveries in this status.',
          channel: 'Only deliveries over this channel.',
          cursor: 'The `next_cursor` of the previous page.',
        }),
        responses: { 200: reply('One page of deliveries', 'DeliveryList'), ...errors(401, 403, 422) },
      },
    },
  };
}
