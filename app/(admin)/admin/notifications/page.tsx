import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { CardSection } from '@/components/ui/card';
import { CheckboxLabel, Field, Select } from '@/components/ui/field';
import { TIER_LABELS } from '@/lib/presentation/labels';
import { getClinicDefaults, listEscalationContacts, listPossibleContacts } from '@/lib/dal/deliveries';
import { requirePagePermission } from '@/lib/dal/session';
import { CHANNEL_LABELS, CLINICIAN_CHANNELS } from '@/lib/notify/delivery-codes';
import { TIERS } from '@/lib/rules';
import { addContactAction, removeContactAction, saveClinicDefaultsAction } from './actions';
import { Button } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Notification settings' };

export default async function AdminNotificationsPage() {
  const actor = await requirePagePermission('notifications:manage');
  const db = await getDb();
  const [defaults, contacts, possible] = await Promise.all([
    getClinicDefaults(db, actor),
    listEscalationContacts(db, actor),
    listPossibleContacts(db, actor),
  ]);
  const contactIds = new Set(contacts.map((c) => c.userId));
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold">Notification settings</h1>
      <CardSection aria-labelledby="defaults-heading">
        <h2 id="defaults-heading" className="text-lg font-semibold">
          Clinic-wide alert defaults
        </h2>
        <p className="mb-3 text-sm text-slate-700">
          A tier with no channel is not alerted at all. Each clinician can change the channels for the alerted tiers on
          their own alert settings page.
        </p>
        <form action={saveClinicDefaultsAction} className="space-y-3">
          {[...TIERS].reverse().map((tier) => (
            <fieldset key={tier} className="flex flex-wrap items-center gap-4">
              <legend className="w-32 font-medium">{TIER_LABELS[tier]}</legend>
              {CLINICIAN_CHANNELS.map((channel) => (
                <CheckboxLabel
                  key={channel}
                  name={`${tier}:${channel}`}
                  defaultChecked={defaults[tier].includes(channel)}
                  label={CHANNEL_LABELS[channel]}
                />
              ))}
            </fieldset>
          ))}
          <Button type="submit" variant="primary">
            Save defaults
          </Button>
        </form>
      </CardSection>
      <CardSection aria-labelledby="contacts-heading">
        <h2 id="contacts-heading" className="text-lg font-semibold">
          Escalation contacts
        </h2>
        <p className="mb-3 text-sm text-slate-700">
          Told once when an emergency flag is not acknowledged within 1 hour, or an urgent one within 24 hours.
        </p>
        {contacts.length === 0 ? (
          <p className="text-sm text-amber-800">
            No escalation contacts: overdue flags are recorded but nobody is told.
          </p>
        ) : (
          <ul className="mb-3 divide-y divide-slate-200" aria-label="Escalation contacts">
            {contacts.map((contact) => (
              <li key={contact.userId} className="flex items-center justify-between py-2">
                <span>
                  {contact.name}{' '}
                  <span className="text-sm text-slate-600">
                    ({contact.email}, {contact.role})
                  </span>
                </span>
                <form action={removeContactAction}>
                  <input type="hidden" name="userId" value={contact.userId} />
                  <Button type="submit" variant="secondary">
                    Remove
                  </Button>
                </form>
              </li>
            ))}
          </ul>
        )}
        <form action={addContactAction} className="flex flex-wrap items-end gap-2">
          <Field id="contact" label="Add a clinician or admin">
            {(control) => (
              <Select {...control} name="userId" required>
                {possible
                  .filter((user) => !contactIds.has(user.userId))
                  .map((user) => (
                    <option key={user.userId} value={user.userId}>
                      {user.name} ({user.email})
                    </option>
                  ))}
              </Select>
            )}
          </Field>
          <Button type="submit" variant="primary">
            Add contact
          </Button>
        </form>
      </CardSection>
    </div>
  );
}
