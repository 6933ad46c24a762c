import type { ImgHTMLAttributes, ReactElement } from 'react';

/** Images in bodies load lazily and never block the text; the alt text comes from the Markdown. */
export function Image({ alt = '', ...rest }: ImgHTMLAttributes<HTMLImageElement>): ReactElement {
  // eslint-disable-next-line @next/next/no-img-element
  return <img alt={alt} loading="lazy" decoding="async" {...rest} />;
}
