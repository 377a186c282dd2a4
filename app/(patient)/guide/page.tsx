import type { Metadata } from 'next';
import { cardVariants } from '@/components/ui/card';
import Link from 'next/link';
import { requirePagePermission } from '@/lib/dal/session';
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHead,
  TableHeader,
  TableRow,
} from '@/components/ui/table';
import { BEDTIME_ROUTINE, DAILY_HABITS, DURING_A_CRAMP, SLEEP_POSITIONS, WHEN_TO_GET_HELP } from './guide-content';

export const metadata: Metadata = { title: 'Self-care guide' };

const TIER_STYLES = {
  emergency: 'border-red-700 bg-red-50',
  urgent: 'border-amber-600 bg-amber-50',
  soon: 'border-sky-700 bg-sky-50',
} as const;

function Section(props: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section id={props.id} aria-labelledby={`${props.id}-title`} className="scroll-mt-4 space-y-3">
      <h2 id={`${props.id}-title`} className="text-xl font-semibold text-brand-800">
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}

export default async function GuidePage() {
  await requirePagePermission('diary:own');
  return (
    <article className="mx-auto max-w-3xl space-y-8">
      <header>
        <h1 className="text-2xl font-semibold">Self-care for calf pain at night</h1>
        <p className="mt-2 text-slate-700">
          Most night calf pain is cramp from tired or tight muscles, and simple steps help. Some pain comes from blood
          flow or nerve problems, and a few signs need help fast: check{' '}
          <a href="#warning-signs" className="font-medium text-brand-700 underline">
            when to get help
          </a>
          .
        </p>
      </header>

      <Section id="during-a-cramp" title="During a cramp">
        <ol className="list-decimal space-y-2 pl-6">
          {DURING_A_CRAMP.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </Section>

      <Section id="daily-habits" title="Every day">
        <ul className="grid gap-3 sm:grid-cols-2">
          {DAILY_HABITS.map((habit) => (
            <li key={habit.title} className={cardVariants()}>
              <p className="font-medium">{habit.title}</p>
              <p className="text-slate-700">{habit.text}</p>
            </li>
          ))}
        </ul>
        <p className="text-slate-700">
          Gentle heel raises on a step can strengthen the calf; check with your doctor first.
        </p>
      </Section>

      <Section id="bedtime-routine" title="A bedtime routine">
        <p className="text-slate-700">
          Ten minutes before bed. Move slowly: a mild pull is fine, sharp pain means ease off.
        </p>
        <TableContainer label="Bedtime routine table (scrolls sideways on small screens)">
          <Table dense={false} className="min-w-[32rem]">
            <TableCaption>Bedtime routine: step, how to do it, and for how long</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHead>Step</TableHead>
                <TableHead>How</TableHead>
                <TableHead>How long</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {BEDTIME_ROUTINE.map((row) => (
                <TableRow key={row.step}>
                  <TableHead scope="row" className="font-medium">
                    {row.step}
                  </TableHead>
                  <TableCell>{row.how}</TableCell>
                  <TableCell>{row.time}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      </Section>

      <Section id="sleep-positions" title="Sleep positions">
        <ul className="list-disc space-y-2 pl-6">
          {SLEEP_POSITIONS.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
      </Section>

      <Section id="warning-signs" title="When to get help">
        <p className="text-slate-700">
          Tick these signs in your diary&apos;s warning checklist too: the app tells you at once what to do, and your
          care team sees them.
        </p>
        {WHEN_TO_GET_HELP.map((group) => (
          <div key={group.tier} className={`rounded-lg border-l-8 p-4 ${TIER_STYLES[group.tier]}`}>
            <h3 className="font-semibold">{group.title}</h3>
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {group.signs.map((sign) => (
                <li key={sign}>{sign}</li>
              ))}
            </ul>
          </div>
        ))}
        <p className="text-slate-700">
          If you have diabetes, kidney disease or narrowed leg arteries, talk to your clinic about any night calf pain.
        </p>
        <p className="text-sm text-slate-600">
          This guide does not replace advice from your own doctor or nurse. If pain is new, very bad or worrying, or
          home steps do not help, ask them.{' '}
          <Link href="/diary/new" className="font-medium text-brand-700 underline">
            Add a night to your diary
          </Link>
          .
        </p>
      </Section>
    </article>
  );
}
