import { cardVariants } from '@/components/ui/card';

/** One numbered part of the diary form, with a heading a screen reader can jump to. */
export function FormSection(props: { id: string; title: string; intro?: React.ReactNode; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${props.id}-title`} className={cardVariants()}>
      <h2 id={`${props.id}-title`} className="text-lg font-semibold text-brand-800">
        {props.title}
      </h2>
      {props.intro ? <div className="mt-1 text-sm text-slate-700">{props.intro}</div> : null}
      <div className="mt-3 space-y-4">{props.children}</div>
    </section>
  );
}
