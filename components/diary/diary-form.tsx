'use client';

import { useRef, useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/actions/action';
import type { PatientFlag } from '@/lib/dal/patient-messages';
import { diaryEntrySchema, nightOfProblem, type NightBounds, type ValidDiaryEntry } from '@/lib/validation/diary';
import { fieldMessages } from '@/lib/validation/issues';
import { DaySection, NotesSection, SleepSection } from './day-sections';
import { ErrorSummary } from './error-summary';
import { PatternSection, ReliefSection, WarningSection } from './feeling-sections';
import { toSubmission, type FormValues } from './form-values';
import { NightPicker } from './night-picker';
import { PainSection } from './pain-section';
import { SavedResult, type SaveOutcome } from './saved-result';
import type { SectionProps } from './section-props';
import { useDraft } from './use-draft';
import { Button } from '@/components/ui/button';

export type SaveNight = (
  input: ValidDiaryEntry,
) => Promise<ActionResult<{ created: boolean; night: string; flags: PatientFlag[] }>>;

/**
 * The nightly diary form. Answers live in this browser until saved (a draft
 * survives an interrupted visit); the shared schema checks them here for
 * instant per-field errors and again on the server. After saving, any
 * warning-sign message replaces the form at once, emergencies first.
 */
export function DiaryForm(props: {
  initial: FormValues;
  /** Where the draft is kept; one per patient and night (or "new"). */
  draftKey: string;
  bounds: NightBounds;
  /** Nights already recorded, so choosing one says it will be replaced. */
  recordedNights?: string[];
  /** Fixed night when editing; the picker is shown only for a new entry. */
  fixedNight?: boolean;
  /** Page heading and intro; replaced by the result after saving so any alert comes first. */
  header: React.ReactNode;
  save: SaveNight;
}) {
  const { values, setValues, restored, clear, discard } = useDraft(props.draftKey, props.initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const [pending, startTransition] = useTransition();
  const summaryRef = useRef<HTMLDivElement>(null);

  const set: SectionProps['set'] = (field, value) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => {
      if (!(field in current)) return current;
      const rest = { ...current };
      delete rest[field];
      return rest;
    });
  };
  const toggle: SectionProps['toggle'] = (field, code, checked) => {
    const current = values[field];
    set(field, checked ? [...current.filter((item) => item !== code), code] : current.filter((item) => item !== code));
  };

  const showErrors = (fields: Record<string, string>, text: string) => {
    setErrors(fields);
    setMessage(text);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = diaryEntrySchema.safeParse(toSubmission(values));
    const fields = parsed.success ? {} : fieldMessages(parsed.error);
    const nightProblem = values.night_of ? nightOfProblem(values.night_of, props.bounds) : null;
    if (nightProblem) fields.night_of ??= nightProblem;
    if (!parsed.success || nightProblem) return showErrors(fields, 'Some answers need attention.');
    startTransition(async () => {
      try {
        const result = await props.save(parsed.data);
        if (!result.ok) return showErrors(result.fieldErrors, result.message);
        clear();
        setErrors({});
        setMessage(null);
        setOutcome(result.data);
        window.scrollTo({ top: 0 });
      } catch {
        showErrors({}, 'We could not reach Calfwatch. Your answers are kept on this phone: try again in a moment.');
      }
    });
  };

  if (outcome) return <SavedResult outcome={outcome} />;

  const section: SectionProps = { values, errors, set, toggle };
  return (
    <div className="space-y-4">
      {props.header}
      <form onSubmit={submit} noValidate className="space-y-4" aria-describedby={restored ? 'draft-note' : undefined}>
        {restored ? (
          <div
            id="draft-note"
            className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-brand-50 px-3 py-2 text-sm"
          >
            <span>We kept what you typed last time. Check it and save.</span>
            <button type="button" onClick={discard} className="font-medium text-brand-800 underline">
              Start again
            </button>
          </div>
        ) : null}
        <ErrorSummary ref={summaryRef} message={message} errors={errors} />
        {props.fixedNight ? null : (
          <NightPicker
            value={values.night_of}
            error={errors.night_of}
            bounds={props.bounds}
            recordedNights={props.recordedNights ?? []}
            onChange={(night) => set('night_of', night)}
          />
        )}
        <PainSection {...section} />
        <PatternSection {...section} />
        <ReliefSection {...section} />
        <WarningSection {...section} />
        <SleepSection {...section} />
        <DaySection {...section} />
        <NotesSection {...section} />
        <div className="sticky bottom-0 -mx-4 border-t border-slate-200 bg-white/95 px-4 py-3 sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:px-0">
          <Button type="submit" disabled={pending} size="lg">
            {pending ? 'Saving…' : 'Save this night'}
          </Button>
        </div>
      </form>
    </div>
  );
}
