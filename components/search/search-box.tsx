'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

interface Suggestion {
  slug: string;
  url: string;
  title: string;
  description: string;
}

const DEBOUNCE_MS = 150;
const MIN_LENGTH = 2;

/**
 * The header search: a plain GET form to /search/ that works without JavaScript, enhanced into
 * the WAI-ARIA combobox pattern with suggestions from /api/search/ as the reader types. Arrow
 * keys move through the suggestions, Enter opens one (or searches), Escape closes the list.
 */
export function SearchBox({ initialQuery = '' }: { initialQuery?: string }) {
  const router = useRouter();
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState(initialQuery);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState('');
  const request = useRef<AbortController | null>(null);

  useEffect(() => {
    const text = query.trim();
    if (text.length < MIN_LENGTH) return;
    const timer = setTimeout(() => {
      request.current?.abort();
      const controller = new AbortController();
      request.current = controller;
      fetch(`/api/search/?q=${encodeURIComponent(text)}&limit=6`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : { hits: [] }))
        .then((data: { hits?: Suggestion[] }) => {
          const hits = data.hits ?? [];
          setSuggestions(hits);
          setActive(-1);
          setOpen(true);
          setAnnouncement(hits.length === 0 ? 'No suggestions' : `${hits.length} suggestion${hits.length === 1 ? '' : 's'}, use the arrow keys to choose`);
        })
        .catch(() => undefined);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  useEffect(() => () => request.current?.abort(), []);

  function onChange(value: string) {
    setQuery(value);
    if (value.trim().length < MIN_LENGTH) {
      request.current?.abort();
      setSuggestions([]);
      setOpen(false);
    }
  }

  function openSuggestion(suggestion: Suggestion) {
    setOpen(false);
    router.push(suggestion.url);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = suggestions.length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index + 1) % count);
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index <= 0 ? count - 1 : index - 1));
    } else if (event.key === 'Enter' && open && active >= 0 && suggestions[active]) {
      event.preventDefault();
      openSuggestion(suggestions[active]);
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else {
        onChange('');
      }
    }
  }

  const expanded = open && suggestions.length > 0;
  return (
    <form role="search" action="/search/" method="get" className="search-box">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        Search the wiki
      </label>
      <input
        id={`${id}-input`}
        type="search"
        name="q"
        placeholder="Search the wiki"
        autoComplete="off"
        enterKeyHint="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        value={query}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => suggestions.length > 0 && setOpen(true)}
      />
      <button type="submit" className="search-submit">
        <span className="visually-hidden">Search</span>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M10.68 11.74a6 6 0 1 1 1.06-1.06l3.04 3.04a.75.75 0 1 1-1.06 1.06ZM11.5 7a4.5 4.5 0 1 0-9 0 4.5 4.5 0 0 0 9 0Z" />
        </svg>
      </button>
      <ul id={listId} role="listbox" aria-label="Suggestions" className="search-suggestions" hidden={!expanded}>
        {suggestions.map((suggestion, index) => (
          <li
            key={suggestion.slug}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            // mousedown, not click: it fires before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              openSuggestion(suggestion);
            }}
          >
            <span className="search-suggestion-title">{suggestion.title}</span>
            <span className="search-suggestion-description">{suggestion.description}</span>
          </li>
        ))}
      </ul>
      <div className="visually-hidden" aria-live="polite">
        {announcement}
      </div>
    </form>
  );
}
