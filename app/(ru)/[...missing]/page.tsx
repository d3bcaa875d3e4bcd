import { notFound } from 'next/navigation';

// Any path no other route matches gets the localized 404 page.
export default function Missing() {
  notFound();
}
