'use client';

import type { AnchorHTMLAttributes } from 'react';

/**
 * The link to this page in the other language. Without JavaScript it goes to the same
 * page; with it, it also keeps the section being read (#education stays #education),
 * which the server never sees because browsers do not send the fragment.
 */
export function LanguageSwitchLink(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return (
    <a
      {...props}
      onClick={(event) => {
        const hash = window.location.hash;
        if (!hash || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        window.location.assign(props.href + hash);
      }}
    />
  );
}
