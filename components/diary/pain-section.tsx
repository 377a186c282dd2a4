'use client';

import { SIDES } from '@/lib/diary/codes';
import { SIDE_COPY } from './field-copy';
import { Checkbox, NumberField, RadioRow } from './fields';
import { FormSection } from './form-section';
import type { SectionProps } from './section-props';
import { Button } from '@/components/ui/button';

const PAIN_SCALE = Array.from({ length: 11 }, (_, score) => ({
  value: String(score),
  label: String(score),
  srLabel: score === 0 ? '(no pain)' : score === 10 ? '(worst you can imagine)' : undefined,
}));

/** The pain itself: whether it woke you, how bad, how often, how long, which leg. */
export function PainSection({ values, errors, set }: SectionProps) {
  const noPain = () => {
    set('worst_pain', '0');
    set('side', 'none');
    set('episodes', '0');
    set('woke_from_pain', false);
  };
  return (
    <FormSection
      id="pain"
      title="1. The pain"
      intro={
        <Button type="button" onClick={noPain} variant="outline" size="sm">
          I had no pain
        </Button>
      }
    >
      <Checkbox
        id="woke_from_pain"
        label="The pain woke me up"
        checked={values.woke_from_pain}
        onChange={(checked) => set('woke_from_pain', checked)}
      />
      <RadioRow
        name="worst_pain"
        legend="Worst pain (required)"
        hint="0 means no pain, 10 the worst pain you can imagine."
        options={PAIN_SCALE}
        value={values.worst_pain}
        error={errors.worst_pain}
        onChange={(value) => set('worst_pain', value)}
      />
      <RadioRow
        name="side"
        legend="Which leg? (required)"
        layout="wide"
        options={SIDES.map((side) => ({ value: side, label: SIDE_COPY[side] }))}
        value={values.side}
        error={errors.side}
        onChange={(value) => set('side', value)}
      />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <NumberField
          id="episodes"
          label="How many times?"
          hint="0 to 20"
          value={values.episodes}
          error={errors.episodes}
          onChange={(value) => set('episodes', value)}
        />
        <NumberField
          id="longest_episode_minutes"
          label="Longest time, in minutes"
          hint="0 to 240"
          value={values.longest_episode_minutes}
          error={errors.longest_episode_minutes}
          onChange={(value) => set('longest_episode_minutes', value)}
        />
        <NumberField
          id="total_minutes"
          label="All together, in minutes"
          hint="0 to 600"
          value={values.total_minutes}
          error={errors.total_minutes}
          onChange={(value) => set('total_minutes', value)}
        />
      </div>
    </FormSection>
  );
}
