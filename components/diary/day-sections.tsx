'use client';

import { NOTES_MAX_LENGTH } from '@/lib/diary/codes';
import { SLEEP_QUALITY_COPY } from './field-copy';
import { Label, Textarea } from '@/components/ui/field';
import { Checkbox, FieldError, NumberField, RadioRow } from './fields';
import { FormSection } from './form-section';
import type { SectionProps } from './section-props';

const SLEEP_OPTIONS = [1, 2, 3, 4, 5].map((score) => ({
  value: String(score),
  label: SLEEP_QUALITY_COPY[score] ?? '',
}));

/** How the night's sleep went. */
export function SleepSection({ values, errors, set }: SectionProps) {
  return (
    <FormSection id="sleep" title="5. Sleep">
      <RadioRow
        name="sleep_quality"
        legend="How did you sleep?"
        layout="wide"
        options={SLEEP_OPTIONS}
        value={values.sleep_quality}
        error={errors.sleep_quality}
        onChange={(value) => set('sleep_quality', value)}
      />
      <NumberField
        id="minutes_awake"
        label="Minutes awake in the night"
        hint="Roughly, 0 to 720."
        value={values.minutes_awake}
        error={errors.minutes_awake}
        onChange={(value) => set('minutes_awake', value)}
      />
    </FormSection>
  );
}

/** The day before the night: water, effort, stretching, medicines, bed rest. */
export function DaySection({ values, errors, set }: SectionProps) {
  return (
    <FormSection id="day" title="6. Your day">
      <NumberField
        id="hydration_glasses"
        label="Glasses of water or other drinks"
        hint="0 to 30. Leave empty if you are not sure."
        value={values.hydration_glasses}
        error={errors.hydration_glasses}
        onChange={(value) => set('hydration_glasses', value)}
      />
      <fieldset>
        <legend className="font-medium">Tick any that are true</legend>
        <Checkbox
          id="long_standing_or_exercise"
          label="I stood for a long time or exercised hard"
          checked={values.long_standing_or_exercise}
          onChange={(checked) => set('long_standing_or_exercise', checked)}
        />
        <Checkbox
          id="stretched_before_bed"
          label="I stretched my calves before bed"
          checked={values.stretched_before_bed}
          onChange={(checked) => set('stretched_before_bed', checked)}
        />
        <Checkbox
          id="new_medicine"
          label="I started a new medicine recently"
          checked={values.new_medicine}
          onChange={(checked) => set('new_medicine', checked)}
        />
        <Checkbox
          id="recent_surgery_or_bedrest"
          label="I had an operation or spent days in bed recently"
          checked={values.recent_surgery_or_bedrest}
          onChange={(checked) => set('recent_surgery_or_bedrest', checked)}
        />
      </fieldset>
    </FormSection>
  );
}

/** Free-text notes, counted against the limit rather than cut off, so nothing typed is lost. */
export function NotesSection({ values, errors, set }: SectionProps) {
  const length = values.notes.length;
  const over = length > NOTES_MAX_LENGTH;
  return (
    <FormSection id="notes-section" title="7. Notes">
      <div>
        <Label htmlFor="notes" large>
          Anything else you want your care team to know
        </Label>
        <Textarea
          id="notes"
          large
          name="notes"
          rows={4}
          value={values.notes}
          onChange={(event) => set('notes', event.target.value)}
          aria-invalid={errors.notes ? true : undefined}
          aria-describedby={errors.notes ? 'notes-count notes-error' : 'notes-count'}
        />
        <p id="notes-count" className={`mt-1 text-sm ${over ? 'font-medium text-red-700' : 'text-slate-600'}`}>
          {length} of {NOTES_MAX_LENGTH} characters
        </p>
        <FieldError id="notes">{errors.notes}</FieldError>
      </div>
    </FormSection>
  );
}
