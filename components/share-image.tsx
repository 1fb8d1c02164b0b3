import { ImageResponse } from 'next/og'
import { siteName } from '@/lib/site'

export const shareImageSize = { width: 1200, height: 630 }

/** The 1200x630 card shown when a page is shared: site, title, review date. */
export function shareImage(title: string, reviewedText: string, tagline: string) {
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        background: '#ffffff',
        color: '#1b2733',
        padding: '64px 72px',
        borderLeft: '24px solid #0b5f73',
      }}
    >
      <div
        style={{
          display: 'flex',
          alignItems: 'center',
          fontSize: 36,
          fontWeight: 700,
          color: '#0b5f73',
        }}
      >
        {siteName}
      </div>
      <div
        style={{
          display: 'flex',
          fontSize: title.length > 50 ? 64 : 76,
          fontWeight: 800,
          lineHeight: 1.15,
        }}
      >
        {title}
      </div>
      <div style={{ display: 'flex', fontSize: 30, color: '#4a5866' }}>
        {reviewedText} · {tagline}
      </div>
    </div>,
    shareImageSize,
  )
}
