'use client';

import { useState, useSyncExternalStore } from 'react';

const subscribe = () => () => {};

interface CopyButtonProps {
  /** Absolute URL, or a site path (resolved against the page's origin) */
  value: string;
  label: string;
  short?: string;
  done: string;
  failed: string;
  className?: string;
  /** Copy `value` as it is instead of resolving it as a link */
  plainText?: boolean;
}

/**
 * Copies a link to the clipboard and says so in a live region. Hidden until JavaScript
 * runs, so it never appears as a button that does nothing.
 */
export function CopyButton({ value, label, short, done, failed, className = '', plainText = false }: CopyButtonProps) {
  const ready = useSyncExternalStore(subscribe, () => true, () => false); // false on the server
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(plainText ? value : new URL(value, window.location.origin).toString());
      setState('done');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 4000);
  };
  return (
    <span hidden={!ready} className="no-print inline-flex items-baseline gap-2">
      <button type="button" onClick={copy} aria-label={label} title={label} data-copy-link={value} className={`rounded border border-line px-2 py-0.5 text-sm font-normal text-accent hover:bg-panel ${className}`}>
        {short ?? label}
      </button>
      <span role="status" className="text-sm font-normal text-muted">
        {state === 'done' ? done : state === 'failed' ? failed : ''}
      </span>
    </span>
  );
}
