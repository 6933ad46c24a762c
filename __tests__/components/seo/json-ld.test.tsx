/** @jest-environment jsdom */
import { render } from '@testing-library/react';
import { JsonLd } from '@/components/seo/json-ld';

describe('JsonLd', () => {
  it('renders one ld+json script that cannot be closed by its content', () => {
    const { container } = render(<JsonLd data={{ '@type': 'Article', headline: '</script><script>window.pwned=1</script>' }} />);
    const scripts = container.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(container.innerHTML).not.toContain('</script><script>');
    expect(JSON.parse(scripts[0]?.textContent ?? '')).toMatchObject({ headline: '</script><script>window.pwned=1</script>' });
  });
});
