'use client';

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Input, Label } from '@/components/ui/field';

interface DataTableToolbarProps {
  /** The search text the table currently shows. */
  search: string;
  /** Called after typing pauses, or at once on Enter. */
  onSearch: (text: string) => void;
  searchLabel: string;
  /** Filters and other controls shown beside the search. */
  children?: ReactNode;
  /** Shown when any search or filter is active. */
  onReset?: () => void;
}

const SEARCH_DELAY_MS = 300;

/** Search box, filters and a reset, above a table. */
export function DataTableToolbar({ search, onSearch, searchLabel, children, onReset }: DataTableToolbarProps) {
  const id = useId();
  const [text, setText] = useState(search);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // A new search from outside (back button, reset) replaces what is typed.
  const [seen, setSeen] = useState(search);
  if (seen !== search) {
    setSeen(search);
    setText(search);
  }
  useEffect(() => () => clearTimeout(timer.current), []);

  function change(value: string) {
    setText(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (value.trim() !== search) onSearch(value.trim());
    }, SEARCH_DELAY_MS);
  }

  return (
    <div className="flex flex-wrap items-end gap-3">
      <form
        role="search"
        className="min-w-56 flex-1"
        onSubmit={(event) => {
          event.preventDefault();
          clearTimeout(timer.current);
          onSearch(text.trim());
        }}
      >
        <Label htmlFor={id}>{searchLabel}</Label>
        <Input id={id} type="search" value={text} onChange={(event) => change(event.target.value)} autoComplete="off" />
      </form>
      {children}
      {onReset ? (
        <Button type="button" onClick={onReset} variant="secondary" size="sm">
          Reset
        </Button>
      ) : null}
    </div>
  );
}
