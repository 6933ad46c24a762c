import type { HTMLAttributes, ReactElement } from 'react';

type HeadingProps = HTMLAttributes<HTMLHeadingElement>;

/** A section heading with a `#` link to itself, so readers can share a link to the section. */
function makeHeading(Tag: 'h2' | 'h3' | 'h4' | 'h5' | 'h6') {
  function Heading({ id, children, ...rest }: HeadingProps): ReactElement {
    return (
      <Tag id={id} {...rest}>
        {children}
        {id ? (
          <a className="heading-anchor" href={`#${id}`} aria-label="Link to this section">
            #
          </a>
        ) : null}
      </Tag>
    );
  }
  Heading.displayName = `Heading(${Tag})`;
  return Heading;
}

export const H2 = makeHeading('h2');
export const H3 = makeHeading('h3');
export const H4 = makeHeading('h4');
export const H5 = makeHeading('h5');
export const H6 = makeHeading('h6');

/** The page title is the only h1; a `#` heading inside a body is shown as a section heading. */
export const H1AsSection = H2;
