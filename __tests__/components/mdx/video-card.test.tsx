/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { VideoCard } from '@/components/mdx/video-card';

describe('VideoCard', () => {
  it('starts as a facade: a link to the video with its thumbnail, and no player', () => {
    render(<VideoCard id="fUfbWAHSygo" title="See it in motion" />);
    const play = screen.getByRole('link', { name: 'Play video: See it in motion' });
    expect(play).toHaveAttribute('href', 'https://www.youtube.com/watch?v=fUfbWAHSygo');
    expect(play.querySelector('img')).toHaveAttribute('src', 'https://i.ytimg.com/vi/fUfbWAHSygo/hqdefault.jpg');
    expect(document.querySelector('iframe')).toBeNull();
    expect(screen.getByText('See it in motion')).toBeInTheDocument();
  });

  it('works without JavaScript: the server markup is plain links to YouTube', () => {
    render(<VideoCard id="fUfbWAHSygo" title="Tour" start="90" />);
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'https://www.youtube.com/watch?v=fUfbWAHSygo&t=90s',
      'https://www.youtube.com/watch?v=fUfbWAHSygo&t=90s',
    ]);
  });

  it('swaps in the youtube-nocookie player on click, keeping the start time, and focuses it', async () => {
    render(<VideoCard id="fUfbWAHSygo" title="Tour" start="90" />);
    await userEvent.click(screen.getByRole('link', { name: 'Play video: Tour' }));
    const frame = screen.getByTitle('Tour');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/fUfbWAHSygo?autoplay=1&rel=0&start=90');
    expect(frame).toHaveAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    expect(frame).toHaveAttribute('allowfullscreen');
    expect(frame).toHaveFocus();
    expect(screen.queryByRole('link', { name: 'Play video: Tour' })).toBeNull();
  });

  it('is keyboard operable', async () => {
    render(<VideoCard id="fUfbWAHSygo" title="Tour" />);
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Play video: Tour' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByTitle('Tour').tagName).toBe('IFRAME');
  });

  it('lets a modified click open YouTube as links normally do', () => {
    render(<VideoCard id="fUfbWAHSygo" title="Tour" />);
    fireEvent.click(screen.getByRole('link', { name: 'Play video: Tour' }), { ctrlKey: true });
    expect(document.querySelector('iframe')).toBeNull();
  });

  it('renders nothing for an id that is not a YouTube id', () => {
    const { container } = render(<VideoCard id={'x"><script>'} title="Bad" />);
    expect(container).toBeEmptyDOMElement();
  });
});
