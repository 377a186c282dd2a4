import { InsightBarsChart } from '@/components/charts/insight-bars-chart';
import type { FactorComparison } from '@/lib/insights/types';
import { INSIGHT_FACTOR_LABELS, insightBars, patientInsightSentences } from '@/lib/presentation/insights';
import { cardVariants } from '@/components/ui/card';

/** One habit on the patient's insights page: the counts in plain words and the paired bars. */
export function PatientInsight({ comparison }: { comparison: FactorComparison }) {
  const headingId = `insight-${comparison.factor}`;
  const [withSentence, withoutSentence, verdict] = patientInsightSentences(comparison);
  const title = INSIGHT_FACTOR_LABELS[comparison.factor];
  return (
    <section
      aria-labelledby={headingId}
      className={cardVariants({ className: 'space-y-3' })}
      data-testid={headingId}
      data-verdict={comparison.verdict}
    >
      <h2 id={headingId} className="text-lg font-semibold">
        {title}
      </h2>
      <div className="space-y-1 text-slate-800">
        <p>{withSentence}</p>
        <p>{withoutSentence}</p>
        <p className="font-medium">{verdict}</p>
      </div>
      <InsightBarsChart id={`${headingId}-chart`} title={`${title}: nights with pain`} bars={insightBars(comparison)} />
    </section>
  );
}
