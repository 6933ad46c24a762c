'use client';

import { useEffect, useRef, useState, type MouseEvent, type ReactElement } from 'react';

export interface VideoFacadeProps {
  title: string;
  watchUrl: string;
  embedUrl: string;
  thumbnailUrl: string;
}

/**
 * The only client code in an entry: a link to the video that, when JavaScript runs and the
 * reader clicks it, is replaced by the youtube-nocookie player. Until then nothing but the
 * thumbnail is requested from YouTube; without JavaScript it stays a plain link.
 */
export function VideoFacade({ title, watchUrl, embedUrl, thumbnailUrl }: VideoFacadeProps): ReactElement {
  const [playing, setPlaying] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    if (playing) frame.current?.focus();
  }, [playing]);

  function play(event: MouseEvent<HTMLAnchorElement>) {
    // Let modified clicks open YouTube in a new tab or window as links always do.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    setPlaying(true);
  }

  if (playing) {
    return (
      <iframe
        ref={frame}
        className="video-frame"
        src={embedUrl}
        title={title}
        allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share"
        allowFullScreen
        referrerPolicy="strict-origin-when-cross-origin"
      />
    );
  }
  return (
    <a className="video-facade" href={watchUrl} onClick={play} aria-label={`Play video: ${title}`}>
      {/* A plain img: next/image would proxy the thumbnail through our server for no gain. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={thumbnailUrl} alt="" width={480} height={360} loading="lazy" decoding="async" />
      <span className="video-play" aria-hidden="true">
        <svg viewBox="0 0 68 48" width="68" height="48" focusable="false">
          <path d="M66.5 7.7c-.8-2.9-3-5.2-5.9-6C55.3.3 34 .3 34 .3s-21.3 0-26.6 1.4c-2.9.8-5.1 3.1-5.9 6C.1 13 .1 24 .1 24s0 11 1.4 16.3c.8 2.9 3 5.2 5.9 6C12.7 47.7 34 47.7 34 47.7s21.3 0 26.6-1.4c2.9-.8 5.1-3.1 5.9-6C67.9 35 67.9 24 67.9 24s0-11-1.4-16.3Z" fill="#c00" />
          <path d="M27 34.4 45 24 27 13.6z" fill="#fff" />
        </svg>
      </span>
    </a>
  );
}
