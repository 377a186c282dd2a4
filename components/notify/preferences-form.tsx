'use client';

import { useState } from 'react';
import { TIER_LABELS } from '@/lib/presentation/labels';
import type { Tier } from '@/lib/rules';
import { Button } from '@/components/ui/button';
import { CheckboxLabel } from '@/components/ui/field';
import { putSettings, SaveStatusLine, type SaveStatus } from './put-settings';
import { cardVariants } from '@/components/ui/card';

type Channel = 'in_app' | 'email';
const CHANNELS: { value: Channel; label: string }[] = [
  { value: 'in_app', label: 'In the app (bell)' },
  { value: 'email', label: 'Email' },
];

/** Channels per routed tier, saved with PUT /api/v1/notification-preferences. */
export function PreferencesForm({ initial, routedTiers }: { initial: Record<Tier, Channel[]>; routedTiers: Tier[] }) {
  const [channels, setChannels] = useState(initial);
  const [status, setStatus] = useState<SaveStatus | null>(null);
  const toggle = (tier: Tier, channel: Channel) =>
    setChannels((current) => ({
      ...current,
      [tier]: current[tier].includes(channel)
        ? current[tier].filter((c) => c !== channel)
        : [...current[tier], channel],
    }));
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setStatus(null);
    const body = { channels: Object.fromEntries(routedTiers.map((tier) => [tier, channels[tier]])) };
    const answer = await putSettings('/api/v1/notification-preferences', body);
    setStatus(
      answer.ok
        ? { ok: true, message: 'Alert settings saved.' }
        : { ok: false, message: Object.values(answer.fields ?? {})[0] ?? answer.error ?? 'Could not save.' },
    );
  };
  if (routedTiers.length === 0) {
    return <p className="text-slate-700">The clinic sends no flag alerts at the moment.</p>;
  }
  return (
    <form onSubmit={save} className="space-y-4">
      {routedTiers.map((tier) => (
        <fieldset key={tier} className={cardVariants()}>
          <legend className="px-1 font-medium">{TIER_LABELS[tier]} flags</legend>
          <div className="flex flex-wrap gap-4">
            {CHANNELS.map((channel) => (
              <CheckboxLabel
                key={channel.value}
                name={`${tier}-${channel.value}`}
                checked={channels[tier].includes(channel.value)}
                onChange={() => toggle(tier, channel.value)}
                label={channel.label}
              />
            ))}
          </div>
        </fieldset>
      ))}
      <Button type="submit" variant="primary">
        Save alert settings
      </Button>
      <SaveStatusLine status={status} />
    </form>
  );
}
