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
 * Copies a link to the clipboard and says so in a live region. The click is handled by
 * public/enhance.js (no React needed on the client); until that script runs the button is
 * hidden, so it never appears as a button that does nothing.
 */
export function CopyButton({ value, label, short, done, failed, className = '', plainText = false }: CopyButtonProps) {
  return (
    <span data-needs-js className="no-print inline-flex items-baseline gap-2">
      <button
        type="button"
        aria-label={label}
        title={label}
        data-copy-link={value}
        data-copy-plain={plainText ? '' : undefined}
        data-done={done}
        data-failed={failed}
        className={`rounded border border-line px-2 py-0.5 text-sm font-normal text-accent hover:bg-panel ${className}`}
      >
        {short ?? label}
      </button>
      <span role="status" className="text-sm font-normal text-muted" />
    </span>
  );
}
