import type { Highlighted } from '@/lib/search/engine';

/** Text with the matched words wrapped in <mark>. */
export function HighlightedText({ value }: { value: Highlighted }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  value.marks.forEach(([start, end], i) => {
    if (start > at) parts.push(value.text.slice(at, start));
    parts.push(<mark key={i} className="rounded bg-focus/40 px-0.5 text-ink">{value.text.slice(start, end)}</mark>);
    at = end;
  });
  if (at < value.text.length) parts.push(value.text.slice(at));
  return <>{parts}</>;
}
