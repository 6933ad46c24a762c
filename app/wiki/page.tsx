import type { Metadata } from 'next';
import { AToZPage, aToZMetadata } from './page/a-to-z';

export function generateMetadata(): Metadata {
  return aToZMetadata(1);
}

/** Page 1 of the A–Z index; the following pages are `/wiki/page/N/`. */
export default function WikiIndexPage() {
  return <AToZPage page={1} />;
}
