'use client';

import { useEffect, useRef, useState } from 'react';

interface InstantRole {
  href: string;
  title: string;
  why: string;
}

interface InstantResultsProps {
  inputId: string;
  lang: 'ru' | 'en';
  labels: { none: string; some: string[] }; // some: plural forms one, few, many, other with {count}
}

/**
 * Results as you type on the search page, from /api/search (the same index as the page).
 * The server-rendered results below stay the source of truth; this only adds speed.
 */
export function InstantResults({ inputId, lang, labels }: InstantResultsProps) {
  const [roles, setRoles] = useState<InstantRole[] | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    const input = document.getElementById(inputId) as HTMLInputElement | null;
    if (!input) return;
    let controller: AbortController | undefined;
    const onInput = () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(async () => {
        const q = input.value.trim();
        if (q.length < 2) return setRoles(null);
        controller?.abort();
        controller = new AbortController();
        try {
          const res = await fetch(`/api/search?lang=${lang}&q=${encodeURIComponent(q)}`, { signal: controller.signal });
          if (res.ok) setRoles(((await res.json()) as { roles: InstantRole[] }).roles);
        } catch {
          /* a newer keystroke aborted this request */
        }
      }, 150);
    };
    input.addEventListener('input', onInput);
    return () => input.removeEventListener('input', onInput);
  }, [inputId, lang]);

  const rule = new Intl.PluralRules(lang).select(roles?.length ?? 0);
  const forms = { one: 0, few: 1, many: 2, other: 3 } as Record<string, number>;
  const status = roles === null ? '' : roles.length === 0 ? labels.none : labels.some[forms[rule] ?? 3]!.replace('{count}', String(roles.length));
  return (
    <div className="mt-2">
      <p role="status" className="text-sm text-muted">
        {status}
      </p>
      {roles && roles.length > 0 && (
        <ul className="mt-1 divide-y divide-line rounded-md border border-line" data-instant-results>
          {roles.map((r) => (
            <li key={r.href}>
              <a href={r.href} className="block px-3 py-2">
                <span className="font-semibold">{r.title}</span> <span className="text-sm text-muted">— {r.why}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
