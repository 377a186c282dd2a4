import type { OutgoingEmail } from './email';

/**
 * The flag alert email. Deliberately says nothing clinical: no name, symptom,
 * rule or tier, only that something needs review and where to look.
 */
export function flagAlertEmail(to: string, baseUrl: string): OutgoingEmail {
  return {
    to,
    subject: 'A flag needs your review',
    text: [
      'A flag in Calfwatch needs your review.',
      '',
      `Sign in to see it: ${baseUrl}/clinician/notifications`,
      '',
      'You receive this because of your Calfwatch notification settings.',
      `Change them at ${baseUrl}/clinician/notifications/preferences`,
    ].join('\n'),
  };
}

/** The patient's nightly reminder, with a one-click unsubscribe link that works signed out. */
export function reminderEmail(to: string, baseUrl: string, unsubscribeUrl: string): OutgoingEmail {
  return {
    to,
    subject: 'A reminder to fill in your Calfwatch diary',
    text: [
      'Your diary entry for last night is not in yet.',
      '',
      `Add it here: ${baseUrl}/diary/new`,
      '',
      `To stop these reminders: ${unsubscribeUrl}`,
    ].join('\n'),
    headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
