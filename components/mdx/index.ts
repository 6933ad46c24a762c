import type { MDXComponents } from 'mdx/types';
import { Callout } from './callout';
import { H1AsSection, H2, H3, H4, H5, H6 } from './heading';
import { Image } from './image';
import { MdxLink } from './mdx-link';
import { Table } from './table';
import { TaskCheckbox } from './task-checkbox';
import { VideoCard } from './video-card';

/** What entry bodies render with: the allowlisted MDX components plus overrides for Markdown elements. */
export const mdxComponents: MDXComponents = {
  Callout,
  VideoCard,
  a: MdxLink,
  h1: H1AsSection,
  h2: H2,
  h3: H3,
  h4: H4,
  h5: H5,
  h6: H6,
  img: Image,
  input: TaskCheckbox,
  table: Table,
};
