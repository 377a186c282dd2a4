'use client';

import { useRef, useState, useTransition } from 'react';
import { ChoiceList, FieldError } from '@/components/diary/fields';
import { Field, Input } from '@/components/ui/field';
import { CONDITION_COPY, MEDICINE_COPY } from '@/components/diary/field-copy';
import { ErrorSummary } from '@/components/diary/error-summary';
import { FormSection } from '@/components/diary/form-section';
import { SafetyMessages } from '@/components/diary/safety-messages';
import type { ActionResult } from '@/lib/actions/action';
import type { PatientFlag } from '@/lib/dal/patient-messages';
import { CONDITIONS, MEDICINES } from '@/lib/diary/codes';
import type { PatientProfile } from '@/lib/diary/types';
import { Button } from '@/components/ui/button';

type SaveProfile = (input: unknown) => Promise<ActionResult<{ profile: PatientProfile; flags: PatientFlag[] }>>;

/** Conditions, medicines and pregnancy; saving re-checks recent nights and shows any new message at once. */
export function ProfileForm({ profile, save }: { profile: PatientProfile; save: SaveProfile }) {
  const [conditions, setConditions] = useState<string[]>(profile.conditions);
  const [medicines, setMedicines] = useState<string[]>(profile.medicines);
  const [dueDate, setDueDate] = useState(profile.pregnancy_due_date ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [flags, setFlags] = useState<PatientFlag[]>([]);
  const [saved, setSaved] = useState(false);
  const [pending, startTransition] = useTransition();
  const summaryRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  const toggle = (list: string[], code: string, checked: boolean) =>
    checked ? [...list.filter((item) => item !== code), code] : list.filter((item) => item !== code);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setSaved(false);
    startTransition(async () => {
      try {
        const result = await save({ conditions, medicines, pregnancy_due_date: dueDate || null });
        if (!result.ok) {
          setErrors(result.fieldErrors);
          setMessage(result.message);
          requestAnimationFrame(() => summaryRef.current?.focus());
          return;
        }
        setErrors({});
        setMessage(null);
        setFlags(result.data.flags);
        setSaved(true);
        requestAnimationFrame(() => statusRef.current?.focus());
      } catch {
        setMessage('We could not reach Calfwatch. Your changes are still here: try again in a moment.');
        requestAnimationFrame(() => summaryRef.current?.focus());
      }
    });
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <SafetyMessages flags={flags} announce />
      <ErrorSummary ref={summaryRef} message={message} errors={errors} />
      <p
        ref={statusRef}
        tabIndex={-1}
        role="status"
        className={saved ? 'rounded-md bg-brand-50 px-3 py-2 font-medium text-brand-800 outline-none' : 'sr-only'}
      >
        {saved ? 'Saved. Your care team will see these changes.' : ''}
      </p>
      <FormSection id="conditions" title="Health conditions" intro="Tick any a doctor has told you that you have.">
        <fieldset id="field-conditions" tabIndex={-1}>
          <legend className="sr-only">Health conditions</legend>
          <ChoiceList
            name="conditions"
            codes={CONDITIONS}
            copy={CONDITION_COPY}
            selected={conditions}
            onToggle={(code, checked) => setConditions((current) => toggle(current, code, checked))}
          />
          <FieldError id="field-conditions">{errors.conditions}</FieldError>
        </fieldset>
      </FormSection>
      <FormSection id="medicines" title="Medicines" intro="Tick any you take regularly. Some can cause cramps.">
        <fieldset id="field-medicines" tabIndex={-1}>
          <legend className="sr-only">Medicines</legend>
          <ChoiceList
            name="medicines"
            codes={MEDICINES}
            copy={MEDICINE_COPY}
            selected={medicines}
            onToggle={(code, checked) => setMedicines((current) => toggle(current, code, checked))}
          />
          <FieldError id="field-medicines">{errors.medicines}</FieldError>
        </fieldset>
      </FormSection>
      <FormSection id="pregnancy" title="Pregnancy">
        <Field
          id="pregnancy_due_date"
          label="Due date, if you are pregnant"
          hint="Leave empty if you are not pregnant."
          error={errors.pregnancy_due_date}
          large
        >
          {(control) => (
            <Input
              {...control}
              large
              fit
              name="pregnancy_due_date"
              type="date"
              value={dueDate}
              onChange={(event) => setDueDate(event.target.value)}
            />
          )}
        </Field>
      </FormSection>
      <Button type="submit" disabled={pending} size="lg">
        {pending ? 'Saving…' : 'Save my health details'}
      </Button>
    </form>
  );
}
