import type { FormValues, ListField } from './form-values';

/** What each part of the diary form receives from the form. */
export interface SectionProps {
  values: FormValues;
  errors: Record<string, string>;
  set: <K extends keyof FormValues>(field: K, value: FormValues[K]) => void;
  toggle: (field: ListField, code: string, checked: boolean) => void;
}
