import type { ReactElement } from 'react';
import { YOUTUBE_ID_PATTERN, youTubeEmbedUrl, youTubeThumbnailUrl, youTubeWatchUrl } from '@/lib/markdown/youtube';
import { ExternalIcon } from './icons';
import { VideoFacade } from './video-facade';

export interface VideoCardProps {
  /** The 11-character YouTube video id. */
  id?: string;
  title?: string;
  /** Start offset in seconds, as a string (MDX attributes are strings). */
  start?: string;
}

/**
 * A YouTube video as a card: thumbnail, title and play button, server-rendered; the player loads
 * only on click. Markdown: a paragraph holding only a YouTube link. MDX: `<VideoCard id="fUfbWAHSygo" title="…" start="30" />`.
 */
export function VideoCard({ id = '', title = 'Video on YouTube', start }: VideoCardProps): ReactElement | null {
  if (!YOUTUBE_ID_PATTERN.test(id)) return null;
  const startSeconds = start && /^\d+$/.test(start) ? Number(start) : undefined;
  const video = { id, start: startSeconds };
  const watchUrl = youTubeWatchUrl(video);
  return (
    <figure className="video-card">
      <div className="video-media">
        <VideoFacade title={title} watchUrl={watchUrl} embedUrl={youTubeEmbedUrl(video)} thumbnailUrl={youTubeThumbnailUrl(id)} />
      </div>
      <figcaption>
        <span className="video-title">{title}</span>
        <a href={watchUrl} rel="noopener noreferrer" className="video-external">
          Watch on YouTube
          <ExternalIcon />
        </a>
      </figcaption>
    </figure>
  );
}
