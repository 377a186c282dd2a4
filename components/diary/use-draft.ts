'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { parseDraft, sameValues, type FormValues } from './form-values';

/** Drafts older than this are not offered back. */
const DRAFT_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;

/**
 * The form's values, kept in this browser as the patient types, so an
 * interrupted visit (phone locked, tab closed, signal lost) loses nothing.
 * A stored draft that differs from `initial` is restored on the next visit.
 */
export function useDraft(storageKey: string, initial: FormValues) {
  const [values, setValues] = useState(initial);
  const [restored, setRestored] = useState(false);
  const loaded = useRef(false);

  useEffect(() => {
    const draft = readDraft(storageKey, initial);
    loaded.current = true;
    if (!draft || sameValues(draft, initial)) return;
    // Restoring after hydration keeps server and first client render identical.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setValues(draft);
    setRestored(true);
    // Only on mount: later changes to `initial` must not overwrite what is typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storageKey]);

  useEffect(() => {
    if (!loaded.current) return;
    try {
      if (sameValues(values, initial)) window.localStorage.removeItem(storageKey);
      else window.localStorage.setItem(storageKey, JSON.stringify({ savedAt: Date.now(), values }));
    } catch {
      // Private browsing or a full store: the form still works, just without a draft.
    }
  }, [storageKey, values, initial]);

  const clear = useCallback(() => {
    try {
      window.localStorage.removeItem(storageKey);
    } catch {
      // Nothing stored, nothing to clear.
    }
  }, [storageKey]);

  const discard = useCallback(() => {
    clear();
    setValues(initial);
    setRestored(false);
  }, [clear, initial]);

  return { values, setValues, restored, clear, discard };
}

function readDraft(storageKey: string, initial: FormValues): FormValues | null {
  try {
    const stored = window.localStorage.getItem(storageKey);
    if (!stored) return null;
    const { savedAt, values } = JSON.parse(stored) as { savedAt?: unknown; values?: unknown };
    if (typeof savedAt !== 'number' || Date.now() - savedAt > DRAFT_MAX_AGE_MS) return null;
    return parseDraft(JSON.stringify(values), initial);
  } catch {
    return null;
  }
}
