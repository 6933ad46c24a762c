import type { ReactElement } from 'react';

export interface SocialCardProps {
  title: string;
  description: string;
  siteName: string;
  kicker: string;
}

/**
 * The 1200×630 image shown when a page is shared. Rendered by Satori (next/og), which supports a
 * subset of CSS: every element with several children needs `display: flex`.
 */
export function SocialCard({ title, description, siteName, kicker }: SocialCardProps): ReactElement {
  const titleSize = title.length > 60 ? 56 : title.length > 30 ? 68 : 80;
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: 'linear-gradient(135deg, #1b1440 0%, #3b1f6e 55%, #7a2a5a 100%)',
        color: '#ffffff',
        fontFamily: 'DejaVu Sans',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', fontSize: 30, fontWeight: 700, letterSpacing: 1 }}>
        <div style={{ display: 'flex', width: 18, height: 18, borderRadius: 9, background: '#f15a24', marginRight: 10 }} />
        <div style={{ display: 'flex', width: 18, height: 18, borderRadius: 9, background: '#29abe2', marginRight: 20 }} />
        {siteName}
      </div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ display: 'flex', fontSize: 26, textTransform: 'uppercase', letterSpacing: 4, color: '#f5b3d6', marginBottom: 18 }}>{kicker}</div>
        <div style={{ display: 'flex', fontSize: titleSize, fontWeight: 700, lineHeight: 1.1, marginBottom: 28 }}>{title}</div>
        <div style={{ display: 'flex', fontSize: 30, lineHeight: 1.35, color: '#e4def5', maxHeight: 130, overflow: 'hidden' }}>{description}</div>
      </div>
      <div style={{ display: 'flex', height: 8, width: '100%', background: 'linear-gradient(90deg, #f15a24, #ed1e79, #29abe2)', borderRadius: 4 }} />
    </div>
  );
}
