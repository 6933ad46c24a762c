export const YOUTUBE_ID_PATTERN = /^[A-Za-z0-9_-]{11}$/;

export interface YouTubeVideo {
  id: string;
  /** Start offset in whole seconds, from `t=` / `start=`. */
  start?: number;
}

const WATCH_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'music.youtube.com']);
const EMBED_HOSTS = new Set([...WATCH_HOSTS, 'youtube-nocookie.com', 'www.youtube-nocookie.com']);

/** `90`, `90s`, `1m30s`, `1h2m3s` → seconds. */
export function parseStartTime(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(value);
  if (!match || value === '') return undefined;
  const [, hours, minutes, seconds] = match;
  const total = Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
  return total > 0 ? total : undefined;
}

/** Recognises watch, youtu.be, embed and shorts URLs; anything else (or a malformed id) is not a video. */
export function parseYouTubeUrl(href: string): YouTubeVideo | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;

  const host = url.hostname.toLowerCase();
  const segments = url.pathname.split('/').filter(Boolean);
  let id: string | undefined;
  if (host === 'youtu.be') {
    id = segments[0];
  } else if (WATCH_HOSTS.has(host) && segments[0] === 'watch') {
    id = url.searchParams.get('v') ?? undefined;
  } else if (EMBED_HOSTS.has(host) && (segments[0] === 'embed' || segments[0] === 'shorts' || segments[0] === 'live')) {
    id = segments[1];
  }
  if (!id || !YOUTUBE_ID_PATTERN.test(id)) return null;

  const start = parseStartTime(url.searchParams.get('t') ?? url.searchParams.get('start'));
  return start === undefined ? { id } : { id, start };
}

export function youTubeWatchUrl({ id, start }: YouTubeVideo): string {
  return `https://www.youtube.com/watch?v=${id}${start ? `&t=${start}s` : ''}`;
}

export function youTubeEmbedUrl({ id, start }: YouTubeVideo): string {
  const params = new URLSearchParams({ autoplay: '1', rel: '0' });
  if (start) params.set('start', String(start));
  return `https://www.youtube-nocookie.com/embed/${id}?${params.toString()}`;
}

export function youTubeThumbnailUrl(id: string): string {
  return `https://i.ytimg.com/vi/${id}/hqdefault.jpg`;
}
