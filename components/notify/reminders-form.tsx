'use client';

import { useState } from 'react';
import { savePushSubscriptionAction } from '@/app/(patient)/diary/reminders/actions';
import { Button } from '@/components/ui/button';
import { CheckboxLabel, Field, FieldError, Input } from '@/components/ui/field';
import { putSettings, SaveStatusLine, type SaveStatus } from './put-settings';

interface Reminders {
  time: string;
  channels: Array<'email' | 'push'>;
  quiet_hours: { start: string; end: string } | null;
  enabled: boolean;
}

/** Asks the browser for permission and a push subscription, and stores it; false when push is unavailable. */
async function subscribeToPush(publicKey: string): Promise<boolean> {
  if (!('serviceWorker' in navigator) || !('PushManager' in window)) return false;
  if ((await Notification.requestPermission()) !== 'granted') return false;
  const registration = await navigator.serviceWorker.register('/push-sw.js');
  const subscription = await registration.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: publicKey,
  });
  const json = subscription.toJSON() as { endpoint: string; keys: { p256dh: string; auth: string } };
  const result = await savePushSubscriptionAction({ endpoint: json.endpoint, ...json.keys });
  return result.ok;
}

/** The reminder settings, saved with PUT /api/v1/reminders; the API's per-field messages show beside each field. */
export function RemindersForm({ initial, pushKey }: { initial: Reminders; pushKey: string | null }) {
  const [value, setValue] = useState(initial);
  const [quiet, setQuiet] = useState(initial.quiet_hours !== null);
  const [quietHours, setQuietHours] = useState(initial.quiet_hours ?? { start: '22:00', end: '07:00' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<SaveStatus | null>(null);
  const toggleChannel = (channel: 'email' | 'push') =>
    setValue((v) => ({
      ...v,
      channels: v.channels.includes(channel) ? v.channels.filter((c) => c !== channel) : [...v.channels, channel],
    }));
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setStatus(null);
    setErrors({});
    if (value.enabled && value.channels.includes('push') && pushKey) {
      const subscribed = await subscribeToPush(pushKey).catch(() => false);
      if (!subscribed) {
        setErrors({ channels: 'This browser did not allow notifications. Choose email, or allow notifications.' });
        return;
      }
    }
    const body = { ...value, quiet_hours: quiet ? quietHours : null };
    const answer = await putSettings('/api/v1/reminders', body);
    if (answer.ok) setStatus({ ok: true, message: 'Reminder settings saved.' });
    else {
      setErrors(answer.fields ?? {});
      setStatus({ ok: false, message: answer.error ?? 'Could not save.' });
    }
  };
  const fieldError = (code: string) => <FieldError id={code}>{errors[code]}</FieldError>;
  return (
    <form onSubmit={save} className="space-y-4" noValidate>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          name="enabled"
          checked={value.enabled}
          onChange={(e) => setValue((v) => ({ ...v, enabled: e.target.checked }))}
        />
        Remind me when last night is not in my diary
      </label>
      <Field id="time" label="Remind me at" error={errors.time}>
        {(control) => (
          <Input
            {...control}
            name="time"
            type="time"
            fit
            value={value.time}
            onChange={(e) => setValue((v) => ({ ...v, time: e.target.value }))}
          />
        )}
      </Field>
      <fieldset>
        <legend className="text-sm font-medium">How</legend>
        <div className="mt-1 flex gap-4">
          <CheckboxLabel
            checked={value.channels.includes('email')}
            onChange={() => toggleChannel('email')}
            label="Email"
          />
          {pushKey && (
            <CheckboxLabel
              checked={value.channels.includes('push')}
              onChange={() => toggleChannel('push')}
              label="Notification on this device"
            />
          )}
        </div>
        {fieldError('channels')}
      </fieldset>
      <fieldset className="space-y-2">
        <CheckboxLabel
          className="font-medium"
          checked={quiet}
          onChange={(e) => setQuiet(e.target.checked)}
          label="Quiet hours: never remind me between"
        />
        {quiet && (
          <div className="flex items-end gap-2">
            <label className="text-sm">
              From
              <Input
                fit
                type="time"
                name="quiet-start"
                value={quietHours.start}
                onChange={(e) => setQuietHours((q) => ({ ...q, start: e.target.value }))}
              />
            </label>
            <label className="text-sm">
              to
              <Input
                fit
                type="time"
                name="quiet-end"
                value={quietHours.end}
                onChange={(e) => setQuietHours((q) => ({ ...q, end: e.target.value }))}
              />
            </label>
          </div>
        )}
        {fieldError('quiet_hours')}
      </fieldset>
      <Button type="submit" variant="primary">
        Save reminder settings
      </Button>
      <SaveStatusLine status={status} />
    </form>
  );
}
