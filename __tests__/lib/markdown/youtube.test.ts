import { parseStartTime, parseYouTubeUrl, youTubeEmbedUrl, youTubeWatchUrl } from '@/lib/markdown/youtube';

describe('parseYouTubeUrl', () => {
  it.each([
    ['https://www.youtube.com/watch?v=fUfbWAHSygo', { id: 'fUfbWAHSygo' }],
    ['https://youtube.com/watch?v=fUfbWAHSygo&t=90', { id: 'fUfbWAHSygo', start: 90 }],
    ['https://m.youtube.com/watch?v=fUfbWAHSygo&t=1m30s', { id: 'fUfbWAHSygo', start: 90 }],
    ['https://youtu.be/fUfbWAHSygo?t=42', { id: 'fUfbWAHSygo', start: 42 }],
    ['https://www.youtube.com/embed/fUfbWAHSygo?start=5', { id: 'fUfbWAHSygo', start: 5 }],
    ['https://www.youtube.com/shorts/fUfbWAHSygo', { id: 'fUfbWAHSygo' }],
    ['https://www.youtube-nocookie.com/embed/fUfbWAHSygo', { id: 'fUfbWAHSygo' }],
  ])('recognises %s', (url, expected) => {
    expect(parseYouTubeUrl(url)).toEqual(expected);
  });

  it.each([
    'https://www.youtube.com/watch?v=short',
    'https://www.youtube.com/watch?v=fUfbWAHSygo"><script>',
    'https://www.youtube.com/channel/UC123',
    'https://evil.example/watch?v=fUfbWAHSygo',
    'javascript:alert(1)',
    'not a url',
  ])('rejects %s', (url) => {
    expect(parseYouTubeUrl(url)).toBeNull();
  });

  it('reads start times in every YouTube form', () => {
    expect(parseStartTime('75')).toBe(75);
    expect(parseStartTime('1h2m3s')).toBe(3723);
    expect(parseStartTime('abc')).toBeUndefined();
  });

  it('builds a privacy-friendly embed URL and a watch URL that keep the start time', () => {
    expect(youTubeEmbedUrl({ id: 'fUfbWAHSygo', start: 30 })).toBe('https://www.youtube-nocookie.com/embed/fUfbWAHSygo?autoplay=1&rel=0&start=30');
    expect(youTubeWatchUrl({ id: 'fUfbWAHSygo', start: 30 })).toBe('https://www.youtube.com/watch?v=fUfbWAHSygo&t=30s');
  });
});
