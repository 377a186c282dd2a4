import Link from 'next/link';
import { TIER_INSTRUCTIONS } from '@/lib/rules/messages';
import type { Tier } from '@/lib/rules/tiers';
import { formatNight } from '@/lib/presentation/format';

/** A flag as shown to the patient. */
export interface DisplayFlag {
  id: string;
  tier: Tier;
  message: string;
  status?: string;
  /** Nights that raised it, when known. */
  nights?: string[];
}

const SHOWN_TIERS: Tier[] = ['emergency', 'urgent', 'soon'];

function NightsLine({ flag }: { flag: DisplayFlag }) {
  if (!flag.nights?.length) return null;
  const [latest] = flag.nights;
  return (
    <p className="mt-1 text-sm opacity-90">
      From your diary for {latest ? formatNight(latest) : ''}
      {flag.status === 'acknowledged' ? ' · your care team has seen this' : ''}
    </p>
  );
}

/**
 * What the patient must do about the warning signs they reported: an
 * emergency as a full-width alert that comes first and cannot be missed,
 * then "contact a doctor today", then "book an appointment". Routine flags
 * need nothing from the patient and are not shown here.
 */
export function SafetyMessages({ flags, announce = false }: { flags: DisplayFlag[]; announce?: boolean }) {
  const shown = flags.filter((flag) => SHOWN_TIERS.includes(flag.tier));
  if (shown.length === 0) return null;
  const byTier = (tier: Tier) => shown.filter((flag) => flag.tier === tier);
  const emergencies = byTier('emergency');
  return (
    <div className="space-y-3">
      {emergencies.length > 0 ? (
        <div
          role={announce ? 'alert' : undefined}
          data-testid="emergency-alert"
          className="-mx-4 border-y-4 border-red-900 bg-red-700 px-4 py-5 text-white sm:mx-0 sm:rounded-lg sm:border-4"
        >
          <h2 className="text-2xl font-bold">{TIER_INSTRUCTIONS.emergency.heading}</h2>
          <p className="mt-2 text-lg font-semibold">{TIER_INSTRUCTIONS.emergency.action}</p>
          <ul className="mt-3 space-y-2">
            {emergencies.map((flag) => (
              <li key={flag.id}>
                <p>{flag.message}</p>
                <NightsLine flag={flag} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {(['urgent', 'soon'] as const).map((tier) => {
        const tierFlags = byTier(tier);
        if (tierFlags.length === 0) return null;
        const style =
          tier === 'urgent' ? 'border-amber-600 bg-amber-50 text-amber-950' : 'border-sky-700 bg-sky-50 text-sky-950';
        return (
          <section
            key={tier}
            data-testid={`${tier}-message`}
            aria-labelledby={`${tier}-heading`}
            className={`rounded-lg border-l-8 px-4 py-4 ${style}`}
          >
            <h2 id={`${tier}-heading`} className="text-lg font-bold">
              {TIER_INSTRUCTIONS[tier].heading}
            </h2>
            <ul className="mt-2 space-y-2">
              {tierFlags.map((flag) => (
                <li key={flag.id}>
                  <p>{flag.message}</p>
                  <NightsLine flag={flag} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <p className="text-sm text-slate-700">
        <Link href="/guide#warning-signs" className="font-medium text-brand-700 underline">
          Read about warning signs
        </Link>{' '}
        and what to do about them.
      </p>
    </div>
  );
}
