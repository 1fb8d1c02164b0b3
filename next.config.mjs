import { apiContentSecurityPolicy, securityHeaders } from './lib/security/headers.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      {
        source: '/api/:path*',
        headers: [{ key: 'Content-Security-Policy', value: apiContentSecurityPolicy }],
      },
      {
        source: '/refunds/check/calendar',
        headers: [{ key: 'Content-Security-Policy', value: apiContentSecurityPolicy }],
      },
    ]
  },
}

export default nextConfig
