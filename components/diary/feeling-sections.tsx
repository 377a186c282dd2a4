'use client';

import Link from 'next/link';
import { PATTERNS, RELIEFS } from '@/lib/diary/codes';
import { PATTERN_COPY, RELIEF_COPY, SYMPTOM_COPY, SYMPTOM_GROUPS } from './field-copy';
import { ChoiceList, FieldError } from './fields';
import { FormSection } from './form-section';
import type { SectionProps } from './section-props';

/** What the pain felt like: the seven patterns, each with a one-line description. */
export function PatternSection({ values, errors, toggle }: SectionProps) {
  return (
    <FormSection id="feel" title="2. What did it feel like?" intro="Tick any that fit. Skip this if you had no pain.">
      <fieldset id="field-patterns" tabIndex={-1}>
        <legend className="sr-only">What the pain felt like</legend>
        <ChoiceList
          name="patterns"
          codes={PATTERNS}
          copy={PATTERN_COPY}
          selected={values.patterns}
          onToggle={(code, checked) => toggle('patterns', code, checked)}
        />
        <FieldError id="field-patterns">{errors.patterns}</FieldError>
      </fieldset>
    </FormSection>
  );
}

/** What eased the pain. */
export function ReliefSection({ values, errors, toggle }: SectionProps) {
  return (
    <FormSection id="relief" title="3. What helped?">
      <fieldset id="field-relief" tabIndex={-1}>
        <legend className="sr-only">What helped the pain</legend>
        <ChoiceList
          name="relief"
          codes={RELIEFS}
          copy={RELIEF_COPY}
          selected={values.relief}
          columns={2}
          onToggle={(code, checked) => toggle('relief', code, checked)}
        />
        <FieldError id="field-relief">{errors.relief}</FieldError>
      </fieldset>
    </FormSection>
  );
}

/** The warning checklist in plain words, grouped so it can be scanned quickly. */
export function WarningSection({ values, errors, toggle }: SectionProps) {
  return (
    <FormSection
      id="warning"
      title="4. Warning signs"
      intro={
        <>
          Tick anything you noticed last night or today. Most nights there is nothing to tick.{' '}
          <Link href="/guide#warning-signs" className="font-medium text-brand-700 underline">
            Why we ask
          </Link>
        </>
      }
    >
      <div id="field-symptoms" tabIndex={-1} className="space-y-3">
        {SYMPTOM_GROUPS.map((group) => (
          <fieldset key={group.title}>
            <legend className="font-medium text-slate-800">{group.title}</legend>
            <ChoiceList
              name="symptoms"
              codes={group.codes}
              copy={SYMPTOM_COPY}
              selected={values.symptoms}
              onToggle={(code, checked) => toggle('symptoms', code, checked)}
            />
          </fieldset>
        ))}
        <FieldError id="field-symptoms">{errors.symptoms}</FieldError>
      </div>
    </FormSection>
  );
}
