'use client';

import { useEffect, useState } from 'react';

/**
 * A text box that hides skills not matching what is typed in the list `#${listId}`.
 * Rendered only with JavaScript (the list works fine without it, just longer).
 */
export function SkillFilter({ listId, label }: { listId: string; label: string }) {
  const [text, setText] = useState('');
  useEffect(() => {
    const needle = text.trim().toLowerCase().replace(/ё/g, 'е');
    document.querySelectorAll<HTMLElement>(`#${listId} [data-skill-option]`).forEach((item) => {
      const hay = (item.dataset.skillOption ?? '').toLowerCase().replace(/ё/g, 'е');
      item.hidden = needle !== '' && !hay.includes(needle);
    });
  }, [text, listId]);
  return (
    <div className="mt-3">
      <label htmlFor={`${listId}-filter`} className="block font-medium">
        {label}
      </label>
      <input
        id={`${listId}-filter`}
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        className="mt-1 w-full max-w-sm rounded-md border border-line bg-paper px-3 py-2 text-ink"
        autoComplete="off"
      />
    </div>
  );
}
