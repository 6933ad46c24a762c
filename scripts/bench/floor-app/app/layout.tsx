import type { Metadata } from 'next';
import type { ReactNode } from 'react';

export const metadata: Metadata = {
  title: 'Framework floor',
  description: 'The smallest Next.js App Router page: what the framework alone costs a reader.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: '0 auto', maxWidth: '40rem', padding: '0 1rem' }}>{children}</body>
    </html>
  );
}
