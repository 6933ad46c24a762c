'use client';

import Link from 'next/link';
import { useEffect, useState, type ReactElement } from 'react';

interface Suggestion {
  slug: string;
  title: string;
  description: string;
  href: string;
}

/**
 * "Did you mean…" for the 404 page. The page is prerendered once for every missing address, so
 * only the browser knows which address failed; it asks the server for the nearest entries.
 */
export function ClosestEntries(): ReactElement | null {
  const [suggestions, setSuggestions] = useState<Suggestion[] | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/suggest?path=${encodeURIComponent(window.location.pathname)}`, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { suggestions: [] }))
      .then((data: { suggestions?: Suggestion[] }) => setSuggestions(data.suggestions ?? []))
      .catch(() => setSuggestions([]));
    return () => controller.abort();
  }, []);

  if (!suggestions || suggestions.length === 0) return null;
  return (
    <section aria-labelledby="suggestions-title" className="suggestions" aria-live="polite">
      <h2 id="suggestions-title">Did you mean</h2>
      <ul className="entry-link-list">
        {suggestions.map((suggestion) => (
          <li key={suggestion.slug}>
            <Link href={suggestion.href}>{suggestion.title}</Link>
            <span className="entry-link-description"> — {suggestion.description}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
